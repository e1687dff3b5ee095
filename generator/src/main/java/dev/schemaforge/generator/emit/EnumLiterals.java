package dev.schemaforge.generator.emit;

import java.math.BigDecimal;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;

import dev.schemaforge.generator.model.NamedType.EnumKind;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Java literals for enum values, and the comparison a mixed enum needs (numbers by value). */
final class EnumLiterals {

    private static final JsonFactory JSON = new JsonFactory();

    private EnumLiterals() {
    }

    /** The constant's constructor argument for a value of an enum of {@code kind}. */
    static CodeBlock literal(EnumKind kind, String value) {
        return switch (kind) {
            case STRING -> CodeBlock.of("$S", value);
            case INTEGER -> CodeBlock.of("$LL", value);
            case NUMBER -> CodeBlock.of("new $T($S)", BigDecimal.class, value);
            case BOOLEAN -> CodeBlock.of("$L", value);
            case MIXED -> mixed(value);
        };
    }

    /** A value of a mixed enum is JSON text: a string, a boolean or a number. */
    private static CodeBlock mixed(String json) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_STRING) {
                return CodeBlock.of("$S", parser.getString());
            }
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return CodeBlock.of("$L", token == JsonToken.VALUE_TRUE);
            }
            boolean fitsLong = token == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
            return literal(fitsLong ? EnumKind.INTEGER : EnumKind.NUMBER, parser.getText());
        }
    }

    /** {@code same(a, b)}: equal values, numbers compared by value whatever their Java class. */
    static MethodSpec sameMethod() {
        return MethodSpec.methodBuilder("same")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "constant")
                .addParameter(Object.class, "value")
                .beginControlFlow("if (constant instanceof $T a && value instanceof $T b)", Number.class, Number.class)
                .addStatement("return new $T(a.toString()).compareTo(new $T(b.toString())) == 0", BigDecimal.class,
                        BigDecimal.class)
                .endControlFlow()
                .addStatement("return constant.equals(value)")
                .build();
    }
}
