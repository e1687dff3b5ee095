package dev.schemaforge.generator.emit;

import java.util.ArrayList;
import java.util.List;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * Reads the Java type a schema names ({@code x-java-type: java.util.List<java.time.Instant>}) into a
 * JavaPoet type: qualified class names, type arguments and array brackets; primitives are boxed so
 * the type can stand anywhere a reference type can.
 */
final class ExternalTypes {

    private final String text;
    private int position;

    private ExternalTypes(String text) {
        this.text = text.replace(" ", "");
    }

    /** @throws IllegalArgumentException naming the text when it is not a Java type */
    static TypeName parse(String text) {
        ExternalTypes parser = new ExternalTypes(text);
        TypeName type = parser.type();
        if (parser.position != parser.text.length()) {
            throw new IllegalArgumentException("not a Java type: \"" + text + "\"");
        }
        return type;
    }

    private TypeName type() {
        int start = position;
        while (position < text.length() && (Character.isJavaIdentifierPart(text.charAt(position))
                || text.charAt(position) == '.')) {
            position++;
        }
        String name = text.substring(start, position);
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
            throw new IllegalArgumentException("not a Java type: \"" + text + "\"");
        }
        TypeName type = switch (name) {
            case "int", "long", "boolean", "double", "float", "short", "byte", "char" -> primitive(name);
            default -> name.contains(".") ? ClassName.bestGuess(name) : ClassName.get("java.lang", name);
        };
        if (position < text.length() && text.charAt(position) == '<') {
            position++;
            List<TypeName> arguments = new ArrayList<>();
            do {
                arguments.add(type());
            } while (position < text.length() && text.charAt(position) == ',' && ++position > 0);
            expect('>');
            type = ParameterizedTypeName.get((ClassName) type, arguments.toArray(TypeName[]::new));
        }
        while (text.startsWith("[]", position)) {
            position += 2;
            type = ArrayTypeName.of(type.isBoxedPrimitive() ? type.unbox() : type);
        }
        return type;
    }

    private static TypeName primitive(String name) {
        TypeName primitive = switch (name) {
            case "int" -> TypeName.INT;
            case "long" -> TypeName.LONG;
            case "boolean" -> TypeName.BOOLEAN;
            case "double" -> TypeName.DOUBLE;
            case "float" -> TypeName.FLOAT;
            case "short" -> TypeName.SHORT;
            case "byte" -> TypeName.BYTE;
            default -> TypeName.CHAR;
        };
        return primitive.box();
    }

    private void expect(char c) {
        if (position >= text.length() || text.charAt(position) != c) {
            throw new IllegalArgumentException("not a Java type: \"" + text + "\"");
        }
        position++;
    }
}
