package dev.schemaforge.generator.emit;

import java.math.BigDecimal;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;

import dev.schemaforge.generator.model.NamedType.EnumKind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Java literals for enum values, and the comparison a mixed enum needs (numbers by value). */
final class EnumLiterals {

    private static final JsonMapper JSON = JsonMapper.shared();

    private EnumLiterals() {
    }

    /** The constant's constructor argument for a value of an enum of {@code kind}. */
    static CodeBlock literal(EnumKind kind, String value) {
        return switch (kind) {
            case STRING -> CodeBlock.of("$S", value);
            case INTEGER -> CodeBlock.of("$LL", value);
            case NUMBER -> CodeBlock.of("new $T($S)", BigDecimal.class, value);
            case BOOLEAN -> CodeBlock.of("$L", value);
            case MIXED -> mixed(JSON.readTree(value));
        };
    }

    private static CodeBlock mixed(JsonNode value) {
        if (value.isString()) {
            return CodeBlock.of("$S", value.stringValue());
        }
        if (value.isBoolean()) {
            return CodeBlock.of("$L", value.asBoolean());
        }
        return literal(value.isIntegralNumber() && value.canConvertToLong() ? EnumKind.INTEGER : EnumKind.NUMBER,
                value.toString());
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
