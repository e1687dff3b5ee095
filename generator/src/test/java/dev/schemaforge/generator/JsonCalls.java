package dev.schemaforge.generator;

/** The Jackson calls a test needs, for either major, without compiling the test against both. */
interface JsonCalls {

    Object read(String json, Class<?> type) throws Exception;

    String write(Object value) throws Exception;

    /** The document as a tree, for comparing JSON regardless of member order. */
    Object tree(String json) throws Exception;

    static JsonCalls of(JacksonVersion version) {
        if (version == JacksonVersion.JACKSON_2) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                    .findAndRegisterModules();
            return new JsonCalls() {
                @Override
                public Object read(String json, Class<?> type) throws Exception {
                    return mapper.readValue(json, type);
                }

                @Override
                public String write(Object value) throws Exception {
                    return mapper.writeValueAsString(value);
                }

                @Override
                public Object tree(String json) throws Exception {
                    return mapper.readTree(json);
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

            @Override
            public Object tree(String json) {
                return mapper.readTree(json);
            }
        };
    }
}
