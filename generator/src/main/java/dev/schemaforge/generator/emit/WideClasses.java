package dev.schemaforge.generator.emit;

import java.util.Arrays;
import java.util.Objects;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * The form of an object with more members than a record can have (ESLint's rule list, Renovate's
 * options): a final class with the record's accessors, {@code equals}, {@code hashCode} and
 * {@code toString}, whose only constructor takes its builder, so no method exceeds the JVM's
 * 255-parameter limit. Jackson writes it through the accessors and reads it through the builder.
 */
final class WideClasses {

    private static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");

    private WideClasses() {
    }

    /**
     * The class body for {@code components}, running {@code checks} (the record's compact constructor
     * code) in its constructor. The caller adds annotations, Javadoc and the builder.
     */
    static TypeSpec.Builder declaration(ClassName self, MethodSpec components, MethodSpec checks) {
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL);
        ClassName builder = self.nestedClass("Builder");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        CodeBlock.Builder assign = CodeBlock.builder();
        MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "o")
                .beginControlFlow("if (!(o instanceof $T other))", self)
                .addStatement("return false")
                .endControlFlow();
        CodeBlock.Builder hashed = CodeBlock.builder();
        MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T out = new $T($S)", StringBuilder.class, StringBuilder.class, self.simpleName() + "[");
        int i = 0;
        for (ParameterSpec component : components.parameters()) {
            String name = component.name();
            type.addField(FieldSpec.builder(component.type(), name, Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addStatement("$T $L = builder.$L", component.type(), name, name);
            assign.addStatement("this.$L = $L", name, name);
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(component.type())
                    .addStatement("return $L", name);
            for (AnnotationSpec annotation : component.annotations()) {
                if (!annotation.type().equals(JSON_ANY_SETTER)) {
                    accessor.addAnnotation(annotation);
                }
            }
            type.addMethod(accessor.build());
            equals.beginControlFlow("if (!$T.equals($L, other.$L))", Objects.class, name, name)
                    .addStatement("return false")
                    .endControlFlow();
            hashed.add(i == 0 ? "$L" : ", $L", name);
            toString.addStatement("out.append($S).append($L)", (i == 0 ? "" : ", ") + name + "=", name);
            i++;
        }
        constructor.addCode(checks.code()).addCode(assign.build());
        type.addMethod(constructor.build());
        type.addMethod(equals.addStatement("return true").build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.hashCode(new Object[] {$L})", Arrays.class, hashed.build())
                .build());
        type.addMethod(toString.addStatement("return out.append(']').toString()").build());
        return type;
    }
}
