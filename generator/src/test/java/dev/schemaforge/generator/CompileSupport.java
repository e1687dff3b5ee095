package dev.schemaforge.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process with {@code javac --release 17 -Xlint:all -Werror}, against
 * the test classpath (which holds what users compile generated code with: jackson-annotations and
 * JSpecify). Returns every diagnostic, so a test can show exactly what failed.
 */
final class CompileSupport {

    private CompileSupport() {
    }

    /**
     * Generates what the request describes (output in {@code workDir}), compiles it without a single
     * warning, and loads it: the models a round-trip test reads and writes. Close the loader when done.
     *
     * @throws AssertionError listing javac's diagnostics when the output does not compile cleanly
     */
    static URLClassLoader generateAndLoad(GenerationRequest.Builder request, Path workDir) {
        GenerationResult result = new Generator().generate(request.sourceOutput(workDir.resolve("out")).build());
        List<String> diagnostics = compile(result, workDir);
        if (!diagnostics.isEmpty()) {
            throw new AssertionError("generated code does not compile cleanly:\n" + String.join("\n", diagnostics));
        }
        try {
            return new URLClassLoader(new URL[] {workDir.resolve("classes").toUri().toURL()},
                    CompileSupport.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles the result's sources into {@code classes}; returns the diagnostics (empty when clean). */
    static List<String> compile(GenerationResult result, Path workDir) {
        try {
            Path sources = workDir.resolve("src");
            Path classes = workDir.resolve("classes");
            Files.createDirectories(classes);
            List<Path> files = new ArrayList<>();
            for (GeneratedFile file : result.sources()) {
                Path target = sources.resolve(file.relativePath());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                files.add(target);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
                boolean ok = compiler.getTask(null, manager, diagnostics, options, null,
                        manager.getJavaFileObjectsFromPaths(files)).call();
                List<String> messages = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    messages.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName())
                            + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                }
                if (!ok && messages.isEmpty()) {
                    messages.add("javac failed without diagnostics");
                }
                return messages;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
