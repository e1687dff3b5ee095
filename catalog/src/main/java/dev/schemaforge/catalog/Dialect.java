package dev.schemaforge.catalog;

import java.util.Locale;
import java.util.Optional;

/** The JSON Schema dialects Schemaforge reads, with the meta-schema URIs that name them. */
public enum Dialect {
    DRAFT_4("http://json-schema.org/draft-04/schema#", "draft4"),
    DRAFT_6("http://json-schema.org/draft-06/schema#", "draft6"),
    DRAFT_7("http://json-schema.org/draft-07/schema#", "draft7"),
    DRAFT_2019_09("https://json-schema.org/draft/2019-09/schema", "2019-09"),
    DRAFT_2020_12("https://json-schema.org/draft/2020-12/schema", "2020-12"),
    /** The schema object of OpenAPI 3.0 and Swagger 2.0: a draft-4/5 subset plus {@code nullable}. */
    OPENAPI_3_0("https://spec.openapis.org/oas/3.0/dialect", "openapi-3.0");

    private final String uri;
    private final String shortName;

    Dialect(String uri, String shortName) {
        this.uri = uri;
        this.shortName = shortName;
    }

    /** The canonical meta-schema URI. */
    public String uri() {
        return uri;
    }

    /** The name used on command lines and in plugin configuration, such as {@code draft7}. */
    public String shortName() {
        return shortName;
    }

    /** True where {@code id} (not {@code $id}) names a resource. */
    public boolean usesLegacyId() {
        return this == DRAFT_4 || this == OPENAPI_3_0;
    }

    /** The dialect a {@code $schema} value names, ignoring scheme, trailing {@code #} and case. */
    public static Optional<Dialect> fromSchemaUri(String schemaUri) {
        String wanted = normalise(schemaUri);
        for (Dialect dialect : values()) {
            if (normalise(dialect.uri).equals(wanted)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /** The dialect a short name or a meta-schema URI names. */
    public static Optional<Dialect> parse(String text) {
        for (Dialect dialect : values()) {
            if (dialect.shortName.equalsIgnoreCase(text) || dialect.name().equalsIgnoreCase(text)) {
                return Optional.of(dialect);
            }
        }
        return fromSchemaUri(text);
    }

    private static String normalise(String uri) {
        String s = uri.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        while (s.endsWith("#") || s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
