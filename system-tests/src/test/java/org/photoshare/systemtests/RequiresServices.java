package org.photoshare.systemtests;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests that need services other helpers are building. They run as soon as the service's module is a
 * WAR (the launcher's own rule for starting it) and must pass from then on; until then JUnit reports
 * them as skipped, with the reason, never silently.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresServices.Condition.class)
public @interface RequiresServices {

    String[] value();

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            List<String> missing = new ArrayList<>();
            context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresServices.class))
                    .ifPresent(required -> {
                        for (String service : required.value()) {
                            if (!isBuilt(service)) {
                                missing.add(service + "-war");
                            }
                        }
                    });
            return missing.isEmpty() ? ConditionEvaluationResult.enabled("every service it needs is part of the stack")
                    : ConditionEvaluationResult.disabled("waits for " + String.join(", ", missing)
                    + ", not built in this checkout yet (packaging is not war)");
        }

        static boolean isBuilt(String service) {
            Path pom = Path.of(System.getProperty("photoshare.launcher", "photoshare")).toAbsolutePath().getParent()
                    .resolve(service + "-war").resolve("pom.xml");
            try {
                return Files.readString(pom).contains("<packaging>war</packaging>");
            } catch (IOException e) {
                return false;
            }
        }
    }
}
