package dev.schemaforge.generator.emit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.Property;
import dev.schemaforge.generator.model.ScalarKind;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.model.TypeRef;
import dev.schemaforge.generator.naming.JavaNames;

/**
 * Renders a {@link NamedType.UnionType} as a sealed interface. Records and enums among its variants
 * implement it themselves; every other variant (a string, a list, another union) gets a nested
 * wrapper record whose {@code @JsonValue} is the wrapped value, so writing a union needs no help.
 * Reading does: a nested {@code Deserializer} picks the variants that accept the JSON token, ranks
 * object variants by discriminator and constant properties, then required and declared properties,
 * and returns the first that reads without error.
 */
final class UnionEmitter {

    /** The JSON tokens a variant accepts; numbers split so an integer variant never swallows 1.5. */
    private enum Token {
        OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN
    }

    private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

    private final JavaEmitter emitter;
    private final TypeGraph graph;
    private final JavaNames names;
    private final JacksonApi jackson;

    UnionEmitter(JavaEmitter emitter, TypeGraph graph, JavaNames names, JacksonApi jackson) {
        this.emitter = emitter;
        this.graph = graph;
        this.names = names;
        this.jackson = jackson;
    }

    TypeSpec union(NamedType.UnionType union) {
        ClassName self = emitter.className(union);
        List<String> wrappers = names.memberNames(union.id());
        List<TypeName> variantClasses = new ArrayList<>();
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("$L", Javadocs.forType(union.docs(), union.source())
                        + "\n<p>One of: " + variantList(union, wrappers) + ".\n")
                .addAnnotation(JavaEmitter.generated())
                .addAnnotation(AnnotationSpec.builder(jackson.jsonDeserialize())
                        .addMember("using", "$T.class", self.nestedClass("Deserializer")).build());
        if (union.docs().deprecated()) {
            spec.addAnnotation(Deprecated.class);
        }
        for (int i = 0; i < union.variants().size(); i++) {
            TypeRef type = union.variants().get(i).type();
            if (wrappers.get(i) == null) {
                ClassName variant = (ClassName) emitter.typeName(type);
                spec.addPermittedSubclass(variant);
                variantClasses.add(variant);
            } else {
                ClassName wrapper = self.nestedClass(wrappers.get(i));
                spec.addPermittedSubclass(wrapper);
                spec.addType(wrapper(self, wrapper, type));
                variantClasses.add(wrapper);
            }
        }
        if (usesDeprecated(union)) {
            spec.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        spec.addType(deserializer(union, self, variantClasses));
        return spec.build();
    }

    private String variantList(NamedType.UnionType union, List<String> wrappers) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < union.variants().size(); i++) {
            out.add(wrappers.get(i) == null ? "{@link " + emitter.typeName(union.variants().get(i).type()) + "}"
                    : "{@link " + wrappers.get(i) + "}");
        }
        return String.join(", ", out);
    }

    private boolean usesDeprecated(NamedType.UnionType union) {
        return union.variants().stream().anyMatch(v -> v.type() instanceof TypeRef.Named named
                && graph.get(named.id()).docs().deprecated());
    }

    /** {@code record StringValue(String value) implements Union}: a non-record variant, written as its value. */
    private TypeSpec wrapper(ClassName union, ClassName wrapper, TypeRef type) {
        TypeName valueType = emitter.typeName(type);
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addStatement("$T.requireNonNull(value, $S)", Objects.class,
                        union.simpleName() + "." + wrapper.simpleName() + ": value is missing");
        if (type instanceof TypeRef.ListOf) {
            compact.addStatement("value = $T.unmodifiableList(new $T(value))", Collections.class,
                    JavaEmitter.copyType(ArrayList.class, valueType));
        } else if (type instanceof TypeRef.MapOf) {
            compact.addStatement("value = $T.unmodifiableMap(new $T(value))", Collections.class,
                    JavaEmitter.copyType(LinkedHashMap.class, valueType));
        }
        return TypeSpec.recordBuilder(wrapper)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(union)
                .addJavadoc("A {@code $L} as a {@link $T}.\n", Javadocs.escape(valueType.toString()), union)
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(valueType, "value").build())
                .addMethod(compact.build())
                .addMethod(MethodSpec.methodBuilder("value")
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(JSON_VALUE)
                        .returns(valueType)
                        .addJavadoc("The wrapped value, which is what JSON holds.\n")
                        .addStatement("return value")
                        .build())
                .build();
    }

    private TypeSpec deserializer(NamedType.UnionType union, ClassName self, List<TypeName> variantClasses) {
        ClassName deserializer = self.nestedClass("Deserializer");
        List<NamedType.Variant> variants = union.variants();
        Map<Token, List<Integer>> byToken = new LinkedHashMap<>();
        List<Integer> records = new ArrayList<>();
        for (Token token : Token.values()) {
            byToken.put(token, new ArrayList<>());
        }
        for (int i = 0; i < variants.size(); i++) {
            TypeRef type = variants.get(i).type();
            if (record(type) != null) {
                records.add(i);
                continue;
            }
            for (Token token : tokens(type, new HashSet<>())) {
                byToken.get(token).add(i);
            }
        }
        // Integers first try the variants made for integers, then those that take any number.
        List<Integer> integers = new ArrayList<>(byToken.get(Token.INTEGER));
        byToken.get(Token.DECIMAL).stream().filter(i -> !integers.contains(i)).forEach(integers::add);

        TypeSpec.Builder spec = TypeSpec.classBuilder(deserializer)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(jackson.stdDeserializer(), self))

                .addJavadoc("Reads a {@link $T}: the variants that accept the JSON token are tried in turn, object\n"
                        + "variants best match first (discriminator and constant properties, then required and\n"
                        + "declared properties); the first that reads without error wins.\n", self)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addStatement("super($T.class)", self).build());
        if (jackson.checkedExceptions()) {
            // Jackson 2's deserializers are Serializable.
            spec.addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer("1L").build());
        }

        CodeBlock.Builder objectOrder = CodeBlock.builder();
        List<Integer> otherObjects = byToken.get(Token.OBJECT);
        if (records.size() >= 2) {
            addRankingData(spec, union, records);
            objectOrder.add("rank(node, new int[] {$L}$L)", join(records),
                    otherObjects.isEmpty() ? "" : ", " + join(otherObjects));
            spec.addMethod(rankMethod());
        } else {
            List<Integer> all = new ArrayList<>(records);
            all.addAll(otherObjects);
            objectOrder.add("new int[] {$L}", join(all));
        }

        CodeBlock.Builder candidates = CodeBlock.builder().add("return switch (node.getNodeType()) {\n").indent();
        candidates.add("case OBJECT -> $L;\n", objectOrder.build());
        addCase(candidates, "ARRAY", byToken.get(Token.ARRAY));
        addCase(candidates, "STRING", byToken.get(Token.STRING));
        addCase(candidates, "BOOLEAN", byToken.get(Token.BOOLEAN));
        if (!integers.isEmpty()) {
            candidates.add("case NUMBER -> node.isIntegralNumber() ? new int[] {$L} : new int[] {$L};\n",
                    join(integers), join(byToken.get(Token.DECIMAL)));
        }
        candidates.add("default -> new int[0];\n").unindent().add("};\n");
        spec.addMethod(MethodSpec.methodBuilder("candidates")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ArrayTypeName.of(TypeName.INT))
                .addParameter(jackson.jsonNode(), "node")
                .addJavadoc("The variants that may hold {@code node}, in the order to try them.\n")
                .addCode(candidates.build())
                .build());

        CodeBlock.Builder read = CodeBlock.builder().add("return switch (variant) {\n").indent();
        for (int i = 0; i < variants.size(); i++) {
            TypeRef type = variants.get(i).type();
            TypeName variantClass = variantClasses.get(i);
            if (variantClass.equals(emitter.typeName(type))) {
                // Jackson's deserializer base class has a nested None that would shadow a generated None.
                boolean shadowed = simpleName(variantClass).equals("None");
                read.add("case $L -> context.readTreeAsValue(node, $L.class);\n", i,
                        shadowed ? ((ClassName) variantClass).canonicalName() : CodeBlock.of("$T", variantClass));
            } else {
                read.add("case $L -> new $T(context.readTreeAsValue(node, $L));\n", i, variantClass, javaType(type));
            }
        }
        read.add("default -> throw new $T($S + variant);\n", IllegalArgumentException.class, "no variant ")
                .unindent().add("};\n");
        MethodSpec.Builder readMethod = MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(TypeName.INT, "variant")
                .addParameter(jackson.jsonNode(), "node")
                .addParameter(jackson.deserializationContext(), "context")
                .addCode(read.build());

        String allowed = String.join(", ", variantClasses.stream().map(t -> simpleName(t)).toList());
        MethodSpec.Builder deserialize = MethodSpec.methodBuilder("deserialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(jackson.jsonParser(), "parser")
                .addParameter(jackson.deserializationContext(), "context")
                .addStatement("$T node = context.readTree(parser)", jackson.jsonNode())
                .addStatement("$T<$T> problems = new $T<>()", List.class, String.class, ArrayList.class)
                .beginControlFlow("for (int variant : candidates(node))")
                .beginControlFlow("try")
                .addStatement("return read(variant, node, context)");
        if (jackson.checkedException() != null) {
            deserialize.nextControlFlow("catch ($T | $T e)", RuntimeException.class, jackson.checkedException());
            deserialize.addException(jackson.checkedException());
            readMethod.addException(jackson.checkedException());
        } else {
            deserialize.nextControlFlow("catch ($T e)", RuntimeException.class);
        }
        deserialize.addStatement("problems.add($T.valueOf(e.getMessage()).lines().findFirst().orElse($S))",
                        String.class, "")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return context.reportInputMismatch(this, $S, node.getNodeType(), problems)",
                        self.simpleName() + ": no variant (" + allowed + ") accepts this %s: %s");
        spec.addMethod(deserialize.build());
        spec.addMethod(readMethod.build());
        return spec.build();
    }

    private static String simpleName(TypeName type) {
        return type instanceof ClassName name ? name.simpleName() : type.toString();
    }

    private CodeBlock javaType(TypeRef type) {
        TypeName name = emitter.typeName(type);
        if (name instanceof ParameterizedTypeName) {
            return CodeBlock.of("context.getTypeFactory().constructType(new $T<$T>() {})", jackson.typeReference(),
                    name);
        }
        return CodeBlock.of("$T.class", name);
    }

    private static void addCase(CodeBlock.Builder code, String token, List<Integer> variants) {
        if (!variants.isEmpty()) {
            code.add("case $L -> new int[] {$L};\n", token, join(variants));
        }
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /**
     * Per record variant: its required and declared properties, and the values its constant
     * properties (a one-value enum, or the discriminator) must have.
     */
    private void addRankingData(TypeSpec.Builder spec, NamedType.UnionType union, List<Integer> records) {
        int count = union.variants().size();
        CodeBlock.Builder required = CodeBlock.builder().add("{");
        CodeBlock.Builder declared = CodeBlock.builder().add("{");
        CodeBlock.Builder tags = CodeBlock.builder().add("{");
        for (int i = 0; i < count; i++) {
            String separator = i == 0 ? "" : ", ";
            NamedType.ObjectType object = records.contains(i) ? record(union.variants().get(i).type()) : null;
            List<String> requiredNames = new ArrayList<>();
            List<String> declaredNames = new ArrayList<>();
            Map<String, List<String>> constants = new LinkedHashMap<>();
            if (object != null) {
                for (Property property : object.properties()) {
                    declaredNames.add(property.wireName());
                    if (property.required()) {
                        requiredNames.add(property.wireName());
                    }
                    String constant = constantValue(property.type());
                    if (constant != null) {
                        constants.put(property.wireName(), List.of(constant));
                    }
                }
                if (union.discriminator() != null && !union.variants().get(i).tags().isEmpty()) {
                    constants.put(union.discriminator(), union.variants().get(i).tags());
                }
            }
            required.add(separator).add(strings(requiredNames));
            declared.add(separator).add(strings(declaredNames));
            CodeBlock.Builder variantTags = CodeBlock.builder().add("{");
            int n = 0;
            for (Map.Entry<String, List<String>> constant : constants.entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(constant.getKey());
                row.addAll(constant.getValue());
                variantTags.add(n++ == 0 ? "" : ", ").add(strings(row));
            }
            tags.add(separator).add(variantTags.add("}").build());
        }
        TypeName strings2 = ArrayTypeName.of(ArrayTypeName.of(String.class));
        spec.addField(FieldSpec.builder(strings2, "REQUIRED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Per variant: the members it requires.\n")
                .initializer(required.add("}").build()).build());
        spec.addField(FieldSpec.builder(strings2, "DECLARED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Per variant: the members it declares.\n")
                .initializer(declared.add("}").build()).build());
        spec.addField(FieldSpec.builder(ArrayTypeName.of(strings2), "TAGS", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Per variant: {member, allowed values...} for members whose value selects it.\n")
                .initializer(tags.add("}").build()).build());
    }

    private MethodSpec rankMethod() {
        return MethodSpec.methodBuilder("rank")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .varargs(true)
                .returns(ArrayTypeName.of(TypeName.INT))
                .addParameter(jackson.jsonNode(), "node")
                .addParameter(ArrayTypeName.of(TypeName.INT), "records")
                .addParameter(ArrayTypeName.of(TypeName.INT), "others")
                .addJavadoc("Record variants that fit {@code node}, best match first, then {@code others}. A"
                        + " record fits\nwhen its required members are present and no member that selects"
                        + " a variant says otherwise.\n")
                .addStatement("$T<int[]> fits = new $T<>()", List.class, ArrayList.class)
                .beginControlFlow("for (int variant : records)")
                .addStatement("int score = 0")
                .addStatement("boolean fit = true")
                .beginControlFlow("for (String name : REQUIRED[variant])")
                .addStatement("fit &= node.has(name)")
                .endControlFlow()
                .beginControlFlow("for (String[] tag : TAGS[variant])")
                .addStatement("$T value = node.get(tag[0])", jackson.jsonNode())
                .beginControlFlow("if (value != null)")
                .addStatement("boolean match = false")
                .beginControlFlow("for (int i = 1; i < tag.length; i++)")
                .addStatement("match |= value.getNodeType() == $T.STRING && tag[i].equals(value.$L())",
                        ClassName.get(jackson.databind() + ".node", "JsonNodeType"), jackson.stringValue())
                .endControlFlow()
                .addStatement("fit &= match")
                .addStatement("score += 1000")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for (String name : DECLARED[variant])")
                .addStatement("score += node.has(name) ? 1 : 0")
                .endControlFlow()
                .beginControlFlow("if (fit)")
                .addStatement("fits.add(new int[] {variant, score})")
                .endControlFlow()
                .endControlFlow()
                .addStatement("fits.sort((a, b) -> Integer.compare(b[1], a[1]))")
                .addStatement("int[] order = new int[fits.size() + others.length]")
                .beginControlFlow("for (int i = 0; i < fits.size(); i++)")
                .addStatement("order[i] = fits.get(i)[0]")
                .endControlFlow()
                .addStatement("System.arraycopy(others, 0, order, fits.size(), others.length)")
                .addStatement("return order")
                .build();
    }

    private static CodeBlock strings(List<String> values) {
        CodeBlock.Builder code = CodeBlock.builder().add("{");
        for (int i = 0; i < values.size(); i++) {
            code.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return code.add("}").build();
    }

    /** The one string a property can hold (a one-value string enum), or null. */
    private String constantValue(TypeRef type) {
        if (type instanceof TypeRef.Named named && graph.get(named.id()) instanceof NamedType.EnumType enumType
                && enumType.kind() == NamedType.EnumKind.STRING && enumType.values().size() == 1) {
            return enumType.values().get(0);
        }
        return null;
    }

    /** The record a variant is, or null. */
    private NamedType.ObjectType record(TypeRef type) {
        return type instanceof TypeRef.Named named && graph.get(named.id()) instanceof NamedType.ObjectType object
                ? object : null;
    }

    private Set<Token> tokens(TypeRef type, Set<TypeRef> seen) {
        if (!seen.add(type)) {
            return EnumSet.noneOf(Token.class);
        }
        if (type instanceof TypeRef.ListOf) {
            return EnumSet.of(Token.ARRAY);
        }
        if (type instanceof TypeRef.MapOf) {
            return EnumSet.of(Token.OBJECT);
        }
        if (type instanceof TypeRef.External) {
            return EnumSet.allOf(Token.class);
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return scalarTokens(scalar.kind());
        }
        NamedType named = graph.get(((TypeRef.Named) type).id());
        if (named instanceof NamedType.ObjectType) {
            return EnumSet.of(Token.OBJECT);
        }
        if (named instanceof NamedType.EnumType enumType) {
            return switch (enumType.kind()) {
                case STRING -> EnumSet.of(Token.STRING);
                case INTEGER -> EnumSet.of(Token.INTEGER);
                case NUMBER -> EnumSet.of(Token.INTEGER, Token.DECIMAL);
                case BOOLEAN -> EnumSet.of(Token.BOOLEAN);
                case MIXED -> EnumSet.of(Token.STRING, Token.INTEGER, Token.DECIMAL, Token.BOOLEAN);
            };
        }
        Set<Token> out = EnumSet.noneOf(Token.class);
        for (NamedType.Variant variant : ((NamedType.UnionType) named).variants()) {
            out.addAll(tokens(variant.type(), seen));
        }
        return out;
    }

    private static Set<Token> scalarTokens(ScalarKind kind) {
        return switch (kind) {
            case STRING, DATE_TIME, DATE, UUID, URI, BYTES -> EnumSet.of(Token.STRING);
            case INT64, INT32 -> EnumSet.of(Token.INTEGER);
            case DECIMAL, DOUBLE, FLOAT -> EnumSet.of(Token.INTEGER, Token.DECIMAL);
            case BOOLEAN -> EnumSet.of(Token.BOOLEAN);
            case ANY -> EnumSet.allOf(Token.class);
        };
    }
}
