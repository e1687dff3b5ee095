package dev.schemaforge.cli;

import javax.lang.model.SourceVersion;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Checks {@code --package} while parsing, so a typo is reported as a bad option value. */
final class PackageNameConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (!SourceVersion.isName(value)) {
            throw new TypeConversionException("\"" + value + "\" is not a valid Java package name");
        }
        return value;
    }
}
