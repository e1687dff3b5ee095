package dev.schemaforge.generator.emit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.schemaforge.generator.JacksonVersion;
import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.Property;
import dev.schemaforge.generator.model.ScalarKind;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.model.TypeId;
import dev.schemaforge.generator.model.TypeRef;
import dev.schemaforge.generator.naming.JavaNames;

/**
 * Renders a named {@link TypeGraph} as Java 17 source with JavaPoet: records with validating
 * builders for objects, enums with {@code @JsonValue}/{@code @JsonCreator} for string enums. The
 * output uses only Jackson annotations and JSpecify, so it works with Jackson 2 and 3 alike, with
 * one exception: a record with an optional nullable property is read through its builder
 * ({@code @JsonDeserialize(builder = ...)}, from the configured Jackson major's databind), because
 * only a builder learns whether a member was absent or an explicit {@code null}.
 */
public final class JavaEmitter {

    /** The value of every {@code @Generated}. */
    public static final String GENERATOR = "dev.schemaforge.generator";

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    private static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
    private static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
    private static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    private static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
    private static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
    private static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    private static final ClassName BUILDER = ClassName.get("", "Builder");

    /**
     * The most components a record may have: its canonical constructor is limited to 255 parameter
     * slots. A wider object becomes a final class built only through its builder ({@link WideClasses}).
     */
    static final int MAX_COMPONENTS = 254;

    private final TypeGraph graph;
    private final JavaNames names;
    private final String packageName;
    private final boolean builders;
    private final JacksonApi jackson;
    /** The unions each record or enum implements. */
    private final Map<TypeId, List<ClassName>> unionsOf = new LinkedHashMap<>();

    public JavaEmitter(TypeGraph graph, JavaNames names, String packageName, boolean builders,
            JacksonVersion jackson) {
        this.graph = graph;
        this.names = names;
        this.packageName = packageName;
        this.builders = builders;
        this.jackson = JacksonApi.of(jackson);
        for (NamedType type : graph.types()) {
            if (type instanceof NamedType.UnionType union) {
                for (NamedType.Variant variant : union.variants()) {
                    if (!JavaNames.wraps(graph, variant.type())) {
                        unionsOf.computeIfAbsent(((TypeRef.Named) variant.type()).id(), id -> new ArrayList<>())
                                .add(className(union));
                    }
                }
            }
        }
    }

    /** One file per named type, in graph order; types are built in parallel, each from the immutable graph. */
    public List<JavaFile> emit() {
        return new ArrayList<>(graph.types()).parallelStream().map(this::file).toList();
    }

    private JavaFile file(NamedType type) {
        TypeSpec spec;
        if (type instanceof NamedType.ObjectType object) {
            spec = record(object);
        } else if (type instanceof NamedType.EnumType enumType) {
            spec = enumeration(enumType);
        } else {
            spec = new UnionEmitter(this, graph, names, jackson).union((NamedType.UnionType) type);
        }
        return JavaFile.builder(packageName, spec)
                .addFileComment("Generated by Schemaforge from $L. Do not edit.",
                        type.source().reference().replace("\\", "\\\\"))
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The class a generated type gets. */
    public ClassName className(NamedType type) {
        return ClassName.get(packageName, names.typeName(type.id()));
    }

    private TypeSpec record(NamedType.ObjectType type) {
        ClassName self = className(type);
        List<String> members = names.memberNames(type.id());
        List<Property> properties = type.properties();

        CodeBlock.Builder javadoc = CodeBlock.builder().add("$L", Javadocs.forType(type.docs(), type.source()));
        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            String member = members.get(i);
            ParameterSpec.Builder component = ParameterSpec.builder(componentType(property), member)
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", property.wireName())
                            .build());
            if (property.docs().deprecated()) {
                component.addAnnotation(Deprecated.class);
            }
            canonical.addParameter(component.build());
            String doc = Javadocs.forMember(property.docs());
            if (doc != null || property.required()) {
                javadoc.add("\n@param $L $L", member,
                        (property.required() ? "<b>required</b>" + (doc == null ? "" : "; ") : "")
                                + (doc == null ? "" : doc));
            }
            if (property.required()) {
                compact.addStatement("$T.requireNonNull($L, $S)", Objects.class, member,
                        self.simpleName() + ": required property \"" + property.wireName() + "\" is missing");
            }
            copyCollection(compact, property, member);
        }
        TypeName catchAll = catchAllType(type);
        if (catchAll != null) {
            String member = members.get(properties.size());
            canonical.addParameter(ParameterSpec.builder(catchAll, member)
                    .addAnnotation(JSON_ANY_SETTER).addAnnotation(JSON_ANY_GETTER).build());
            javadoc.add("\n@param $L members the schema does not name, in document order; they round-trip", member);
            compact.addStatement("$L = $L == null ? $T.of() : $T.unmodifiableMap(new $T<>($L))", member, member,
                    Map.class, Collections.class, LinkedHashMap.class, member);
        }

        MethodSpec components = canonical.build();
        boolean wide = components.parameters().size() > MAX_COMPONENTS;
        TypeSpec.Builder record = wide ? WideClasses.declaration(self, components, compact.build())
                : TypeSpec.recordBuilder(self).recordConstructor(components);
        record.addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc.build())
                .addAnnotation(generated())
                .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                        .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build());
        if (!type.closed() && catchAll == null) {
            record.addAnnotation(AnnotationSpec.builder(JSON_IGNORE_PROPERTIES)
                    .addMember("ignoreUnknown", "true").build());
        }
        if (type.docs().deprecated()) {
            record.addAnnotation(Deprecated.class);
        }
        record.addSuperinterfaces(unionsOf.getOrDefault(type.id(), List.of()));
        if (properties.stream().anyMatch(p -> p.docs().deprecated() || usesDeprecated(p.type()))) {
            // The schema deprecates a member or a type this record still offers: using them here is the schema's
            // choice, and a component's @Deprecated reaches the canonical constructor, where javac says it has no effect.
            record.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        if (!wide && !compact.build().code().isEmpty()) {
            record.addMethod(compact.build());
        }
        boolean readThroughBuilder = wide || properties.stream().anyMatch(p -> p.nullable() && !p.required());
        if (readThroughBuilder) {
            record.addAnnotation(AnnotationSpec.builder(jackson.jsonDeserialize())
                    .addMember("builder", "$T.class", self.nestedClass(BUILDER.simpleName())).build());
        } else if (unionsOf.containsKey(type.id())) {
            record.addAnnotation(ownDeserialization());
        }
        if (type.closed() && catchAll == null && !readThroughBuilder) {
            record.addMethod(rejectUnknown(self));
        }
        if (builders || readThroughBuilder) {
            addBuilder(record, self, type, members, readThroughBuilder, wide);
        }
        return record.build();
    }

    /** {@code Map<String, T>} for a record that keeps the members its schema does not name, else null. */
    private TypeName catchAllType(NamedType.ObjectType type) {
        return type.additionalProperties() == null ? null
                : ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        typeName(type.additionalProperties()));
    }

    /**
     * Rejects a member a closed schema does not declare. Jackson 3 ignores unknown members by default,
     * so {@code additionalProperties: false} is enforced by the type itself, whatever the mapper says.
     */
    private static MethodSpec rejectUnknown(ClassName self) {
        return MethodSpec.methodBuilder("rejectUnknownMember")
                .addModifiers(Modifier.PRIVATE)
                .addAnnotation(JSON_ANY_SETTER)
                .addParameter(String.class, "name")
                .addParameter(ClassName.get(Object.class).annotated(nullable()), "value")
                .addStatement("throw new $T($S + name + $S)", IllegalArgumentException.class,
                        self.simpleName() + ": member \"", "\" is not allowed (additionalProperties: false)")
                .build();
    }

    /** {@code additionalProperties} adds one {@code additionalProperty}. */
    private static String singular(String member) {
        return member.endsWith("ies") ? member.substring(0, member.length() - 3) + "y" : member + "Entry";
    }

    /**
     * A plain {@code @JsonDeserialize} on a union's record or enum: Jackson inherits class annotations
     * from interfaces, and the union's own deserializer must not be used to read its variants.
     */
    private AnnotationSpec ownDeserialization() {
        return AnnotationSpec.builder(jackson.jsonDeserialize()).build();
    }

    /** Collections are copied unmodifiable, keeping order and any null elements JSON allows. */
    private static void copyCollection(MethodSpec.Builder compact, Property property, String member) {
        if (property.nullable()) {
            return;
        }
        Class<?> wrapper;
        Class<?> copy;
        String method;
        if (property.type() instanceof TypeRef.ListOf) {
            method = "unmodifiableList";
            copy = ArrayList.class;
        } else if (property.type() instanceof TypeRef.MapOf) {
            method = "unmodifiableMap";
            copy = LinkedHashMap.class;
        } else {
            return;
        }
        wrapper = Collections.class;
        if (property.required()) {
            compact.addStatement("$L = $T.$L(new $T<>($L))", member, wrapper, method, copy, member);
        } else {
            compact.addStatement("$L = $L == null ? null : $T.$L(new $T<>($L))", member, member, wrapper, method,
                    copy, member);
        }
    }

    private void addBuilder(TypeSpec.Builder record, ClassName self, NamedType.ObjectType type, List<String> members,
            boolean forJackson, boolean wide) {
        List<Property> properties = type.properties();
        TypeName catchAll = catchAllType(type);
        TypeSpec.Builder builder = TypeSpec.classBuilder(BUILDER.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T}; {@link #build()} rejects a missing required property.\n", self);
        if (forJackson) {
            builder.addAnnotation(AnnotationSpec.builder(jackson.jsonPojoBuilder())
                    .addMember("withPrefix", "$S", "").build());
            if (type.closed() && catchAll == null) {
                builder.addMethod(rejectUnknown(self));
            } else if (!type.closed() && catchAll == null) {
                builder.addAnnotation(AnnotationSpec.builder(JSON_IGNORE_PROPERTIES)
                        .addMember("ignoreUnknown", "true").build());
            }
        }
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            String member = members.get(i);
            TypeName component = componentType(property);
            TypeName fieldType = component.isAnnotated() ? component : component.annotated(nullable());
            builder.addField(FieldSpec.builder(fieldType, member, Modifier.PRIVATE).build());
            copy.addStatement("this.$L = source.$L()", member, member);
            // No Javadoc: "Sets x" would only repeat the name; the type's @param documents the member.
            MethodSpec.Builder setter = MethodSpec.methodBuilder(member)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self.nestedClass(BUILDER.simpleName()))
                    .addParameter(fieldType, member)
                    .addStatement("this.$L = $L", member, member)
                    .addStatement("return this");
            if (forJackson) {
                setter.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY)
                        .addMember("value", "$S", property.wireName()).build());
            }
            builder.addMethod(setter.build());
            arguments.add(member);
        }
        if (catchAll != null) {
            String member = members.get(properties.size());
            TypeName valueType = ((ParameterizedTypeName) catchAll).typeArguments().get(1);
            builder.addField(FieldSpec.builder(catchAll, member, Modifier.PRIVATE)
                    .initializer("new $T<>()", LinkedHashMap.class).build());
            copy.addStatement("this.$L = new $T<>(source.$L())", member, LinkedHashMap.class, member);
            builder.addMethod(MethodSpec.methodBuilder(member)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self.nestedClass(BUILDER.simpleName()))
                    .addJavadoc("Replaces the members the schema does not name.\n")
                    .addParameter(catchAll, member)
                    .addStatement("this.$L = new $T<>($L)", member, LinkedHashMap.class, member)
                    .addStatement("return this")
                    .build());
            MethodSpec.Builder put = MethodSpec.methodBuilder(singular(member))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self.nestedClass(BUILDER.simpleName()))
                    .addJavadoc("Adds a member the schema does not name.\n")
                    .addParameter(String.class, "name")
                    .addParameter(valueType.annotated(nullable()), "value")
                    .addStatement("this.$L.put(name, value)", member)
                    .addStatement("return this");
            if (forJackson) {
                put.addAnnotation(JSON_ANY_SETTER);
            }
            builder.addMethod(put.build());
            arguments.add(member);
        }
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(copy.build());
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("@throws NullPointerException naming the first missing required property\n")
                .addCode(wide ? CodeBlock.of("return new $T(this);\n", self)
                        : CodeBlock.of("return new $T($L);\n", self, String.join(", ", arguments)))
                .build());
        record.addType(builder.build());
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self.nestedClass(BUILDER.simpleName()))
                .addJavadoc("A builder with every property unset.\n")
                .addStatement("return new $T()", self.nestedClass(BUILDER.simpleName()))
                .build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(self.nestedClass(BUILDER.simpleName()))
                .addJavadoc("A builder holding this record's values.\n")
                .addStatement("return new $T(this)", self.nestedClass(BUILDER.simpleName()))
                .build());
    }

    /**
     * Required and not nullable: {@code T}. Optional: {@code @Nullable T} (absent is null). Nullable:
     * {@code Optional<T>}, where {@code Optional.empty()} is an explicit JSON null and a null
     * reference (allowed only when optional) is an absent member.
     */
    private TypeName componentType(Property property) {
        TypeName type = typeName(property.type());
        if (property.nullable()) {
            TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), type);
            return property.required() ? optional : optional.annotated(nullable());
        }
        return property.required() ? type : type.annotated(nullable());
    }

    private boolean usesDeprecated(TypeRef ref) {
        if (ref instanceof TypeRef.Named named) {
            return graph.get(named.id()).docs().deprecated();
        }
        if (ref instanceof TypeRef.ListOf list) {
            return usesDeprecated(list.item());
        }
        return ref instanceof TypeRef.MapOf map && usesDeprecated(map.value());
    }

    /** The Java type of a type reference, without nullness annotations. */
    public TypeName typeName(TypeRef ref) {
        if (ref instanceof TypeRef.Scalar scalar) {
            return scalarType(scalar.kind());
        }
        if (ref instanceof TypeRef.Named named) {
            return className(graph.get(named.id()));
        }
        if (ref instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), typeName(list.item()));
        }
        if (ref instanceof TypeRef.External external) {
            return ExternalTypes.parse(external.typeName());
        }
        TypeRef.MapOf map = (TypeRef.MapOf) ref;
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), typeName(map.value()));
    }

    private static TypeName scalarType(ScalarKind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case INT64 -> ClassName.get(Long.class);
            case INT32 -> ClassName.get(Integer.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case DOUBLE -> ClassName.get(Double.class);
            case FLOAT -> ClassName.get(Float.class);
            case DATE_TIME -> ClassName.get(OffsetDateTime.class);
            case DATE -> ClassName.get(LocalDate.class);
            case UUID -> ClassName.get(UUID.class);
            case URI -> ClassName.get(URI.class);
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
            case ANY -> ClassName.get(Object.class);
        };
    }

    private TypeSpec enumeration(NamedType.EnumType type) {
        ClassName self = className(type);
        List<String> constants = names.memberNames(type.id());
        TypeName valueType = enumValueType(type.kind());
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", Javadocs.forType(type.docs(), type.source()))
                .addAnnotation(generated())
                .addSuperinterfaces(unionsOf.getOrDefault(type.id(), List.of()));
        if (unionsOf.containsKey(type.id())) {
            spec.addAnnotation(ownDeserialization());
        }
        if (type.docs().deprecated()) {
            spec.addAnnotation(Deprecated.class);
        }
        for (int i = 0; i < constants.size(); i++) {
            spec.addEnumConstant(constants.get(i),
                    TypeSpec.anonymousClassBuilder("$L", EnumLiterals.literal(type.kind(), type.values().get(i)))
                            .build());
        }
        spec.addField(FieldSpec.builder(valueType, "value", Modifier.PRIVATE, Modifier.FINAL).build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(valueType, "value")
                .addStatement("this.value = value")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("value")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(JSON_VALUE)
                .returns(valueType)
                .addJavadoc("The value exactly as the schema gives it.\n")
                .addStatement("return value")
                .build());
        String allowed = String.join(", ", type.values());
        CodeBlock same = switch (type.kind()) {
            case NUMBER -> CodeBlock.of("candidate.value.compareTo(value) == 0");
            case MIXED -> CodeBlock.of("same(candidate.value, value)");
            default -> CodeBlock.of("candidate.value.equals(value)");
        };
        spec.addMethod(MethodSpec.methodBuilder("fromValue")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build())
                .returns(self)
                .addParameter(valueType, "value")
                .addJavadoc("The constant for a JSON value.\n\n@throws IllegalArgumentException listing the allowed"
                        + " values when {@code value} is not one of them\n")
                .beginControlFlow("for ($T candidate : values())", self)
                .beginControlFlow("if ($L)", same)
                .addStatement("return candidate")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class,
                        self.simpleName() + ": " + (type.kind() == NamedType.EnumKind.STRING ? "\"" : ""),
                        (type.kind() == NamedType.EnumKind.STRING ? "\"" : "") + " is not one of " + allowed)
                .build());
        if (type.kind() == NamedType.EnumKind.MIXED) {
            spec.addMethod(EnumLiterals.sameMethod());
        }
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Override.class)
                .returns(String.class)
                .addStatement(type.kind() == NamedType.EnumKind.STRING ? "return value" : "return String.valueOf(value)")
                .build());
        return spec.build();
    }

    private static TypeName enumValueType(NamedType.EnumKind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case INTEGER -> ClassName.get(Long.class);
            case NUMBER -> ClassName.get(BigDecimal.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case MIXED -> ClassName.get(Object.class);
        };
    }

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    }

    private static AnnotationSpec nullable() {
        return AnnotationSpec.builder(NULLABLE).build();
    }
}
