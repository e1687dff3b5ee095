package dev.schemaforge.cli;

import dev.schemaforge.generator.JacksonVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --jackson 2|3}. */
final class JacksonVersionConverter implements ITypeConverter<JacksonVersion> {

    @Override
    public JacksonVersion convert(String value) {
        try {
            return JacksonVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
