package org.photoshare.ui.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordElResolverTest {

    record Card(String title, int votes) {
    }

    static class Bean {
        public String getTitle() {
            return "bean";
        }
    }

    private final RecordElResolver resolver = new RecordElResolver();

    @Test
    void readsRecordComponents() {
        ELContext context = new PlainContext();
        assertThat(resolver.getValue(context, new Card("Sunset", 3), "title")).isEqualTo("Sunset");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(new PlainContext(), new Card("Sunset", 3), "votes")).isEqualTo(3);
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = new PlainContext();
        assertThat(resolver.getValue(context, new Bean(), "title")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, new Card("x", 1), "nothing")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = new PlainContext();
        assertThat(resolver.isReadOnly(context, new Card("x", 1), "title")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(new PlainContext(), new Card("x", 1), "title", "y"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    static final class PlainContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
