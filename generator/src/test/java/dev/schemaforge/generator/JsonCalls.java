package dev.schemaforge.generator;

import java.util.Optional;

import dev.schemaforge.generator.gauntlet.JsonComparison;

/** The Jackson calls a test needs, for either major, without compiling the test against both. */
interface JsonCalls {

    Object read(String json, Class<?> type) throws Exception;

    String write(Object value) throws Exception;

    /**
     * Where the JSON {@code model} writes first differs from {@code expected}, compared as the corpus
     * gauntlet compares round trips: member order free, numbers by value, RFC 3339 date-times by instant.
     */
    default Optional<JsonComparison.Difference> difference(String expected, Object model) throws Exception {
        return JsonComparison.firstDifference(MAPPER.readTree(expected), MAPPER.readTree(write(model)));
    }

    tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().build();

    static JsonCalls of(JacksonVersion version) {
        if (version == JacksonVersion.JACKSON_2) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                    .findAndRegisterModules()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            return new JsonCalls() {
                @Override
                public Object read(String json, Class<?> type) throws Exception {
                    return mapper.readValue(json, type);
                }

                @Override
                public String write(Object value) throws Exception {
                    return mapper.writeValueAsString(value);
                }

            };
        }
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        return new JsonCalls() {
            @Override
            public Object read(String json, Class<?> type) {
                return mapper.readValue(json, type);
            }

            @Override
            public String write(Object value) {
                return mapper.writeValueAsString(value);
            }

        };
    }
}
