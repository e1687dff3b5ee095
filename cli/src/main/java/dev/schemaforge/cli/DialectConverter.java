package dev.schemaforge.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.schemaforge.catalog.Dialect;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --default-dialect} by short name ({@code draft7}, {@code 2020-12}) or meta-schema URI. */
final class DialectConverter implements ITypeConverter<Dialect> {

    @Override
    public Dialect convert(String value) {
        return Dialect.parse(value).orElseThrow(() -> new TypeConversionException("unknown dialect \"" + value
                + "\"; use one of " + Arrays.stream(Dialect.values()).map(Dialect::shortName)
                        .collect(Collectors.joining(", "))));
    }
}
