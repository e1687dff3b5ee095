package dev.schemaforge.generator.emit;

import java.io.IOException;

import com.palantir.javapoet.ClassName;

import dev.schemaforge.generator.JacksonVersion;

/**
 * The databind names generated code uses where Jackson 2 and 3 differ: the few constructs that need
 * databind (a builder for absent-versus-null, a union's deserializer) are emitted for one major.
 */
record JacksonApi(String databind, String core, boolean checkedExceptions, String stringValue) {

    static JacksonApi of(JacksonVersion version) {
        return version == JacksonVersion.JACKSON_2
                ? new JacksonApi("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core", true, "textValue")
                : new JacksonApi("tools.jackson.databind", "tools.jackson.core", false, "stringValue");
    }

    ClassName jsonDeserialize() {
        return ClassName.get(databind + ".annotation", "JsonDeserialize");
    }

    ClassName jsonPojoBuilder() {
        return ClassName.get(databind + ".annotation", "JsonPOJOBuilder");
    }

    ClassName stdDeserializer() {
        return ClassName.get(databind + ".deser.std", "StdDeserializer");
    }

    ClassName deserializationContext() {
        return ClassName.get(databind, "DeserializationContext");
    }

    ClassName jsonNode() {
        return ClassName.get(databind, "JsonNode");
    }

    ClassName jsonParser() {
        return ClassName.get(core, "JsonParser");
    }

    ClassName typeReference() {
        return ClassName.get(core + ".type", "TypeReference");
    }

    /** What reading may throw besides runtime exceptions: Jackson 2's {@code IOException}, nothing in 3. */
    Class<? extends Exception> checkedException() {
        return checkedExceptions ? IOException.class : null;
    }
}
