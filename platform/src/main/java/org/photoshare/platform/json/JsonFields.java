package org.photoshare.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON fields of a request body class (public fields or record components) and the JSON types they take. */
final class JsonFields {

    private static final Map<Class<?>, Map<String, Class<?>>> FIELDS = new ConcurrentHashMap<>();

    private JsonFields() {
    }

    static Map<String, Class<?>> of(Class<?> type) {
        return FIELDS.computeIfAbsent(type, JsonFields::scan);
    }

    private static Map<String, Class<?>> scan(Class<?> type) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getType());
            }
            return fields;
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                fields.put(field.getName(), field.getType());
            }
        }
        return fields;
    }

    /** What is wrong with the JSON value for a field of this Java type; null when it fits. */
    static String mismatch(Class<?> javaType, JsonValue value) {
        JsonValue.ValueType json = value.getValueType();
        if (javaType == String.class) {
            return json == JsonValue.ValueType.STRING ? null : "must be a string";
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return json == JsonValue.ValueType.TRUE || json == JsonValue.ValueType.FALSE ? null : "must be true or false";
        }
        if (javaType == Integer.class || javaType == int.class) {
            return whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (javaType == Long.class || javaType == long.class) {
            return whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (javaType == Short.class || javaType == short.class) {
            return whole(value, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (Number.class.isAssignableFrom(javaType) || javaType == double.class || javaType == float.class) {
            return json == JsonValue.ValueType.NUMBER ? null : "must be a number";
        }
        return null;
    }

    private static String whole(JsonValue value, long min, long max) {
        boolean fits = value.getValueType() == JsonValue.ValueType.NUMBER && wholeNumberIn((JsonNumber) value, min, max);
        return fits ? null : "must be a whole number";
    }

    /** Written as a whole number ({@code 1}, not {@code 1.0} or {@code 1.9}) and within range. */
    static boolean wholeNumberIn(JsonNumber number, long min, long max) {
        BigDecimal exact = number.bigDecimalValue();
        return exact.scale() == 0
                && exact.compareTo(BigDecimal.valueOf(min)) >= 0 && exact.compareTo(BigDecimal.valueOf(max)) <= 0;
    }
}
