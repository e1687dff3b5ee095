package dev.schemaforge.generator.gauntlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import dev.schemaforge.generator.GeneratedFile;

/**
 * Compiles the generated sources of many units in one in-process javac task, entirely in memory,
 * with {@code --release 17 -Xlint:all} but without {@code -Werror}, so warnings are counted rather
 * than fatal. javac is told to keep attributing after the first error, so every unit's errors are
 * seen; each diagnostic is charged to the unit owning its file. The class files of a task that
 * succeeded are kept per unit, so the round-trip check can load them.
 */
final class GauntletCompiler {

    private static final List<String> OPTIONS = List.of("--release", "17", "-Xlint:all", "-proc:none",
            "-Xmaxerrs", "100000", "-Xmaxwarns", "100000", "-XDshould-stop.ifError=FLOW",
            "-classpath", System.getProperty("java.class.path"));

    private GauntletCompiler() {
    }

    /** Diagnostics of one unit. */
    static final class Outcome {
        final SortedMap<String, Integer> errorsByFile = new TreeMap<>();
        final SortedMap<String, Integer> errorKinds = new TreeMap<>();
        final SortedMap<String, Integer> warningKinds = new TreeMap<>();
        final List<String> errors = new ArrayList<>();
        /** Binary class name to class file, filled only when the unit compiled in a task that succeeded. */
        final Map<String, byte[]> classes = new TreeMap<>();
        boolean taskFailed;

        boolean ok() {
            return !taskFailed && errorKinds.isEmpty();
        }
    }

    /**
     * Compiles every unit's sources together; returns each unit's diagnostics, keyed like the input.
     * A unit whose sources raised no error although the task failed is compiled again without the
     * failing units, so it is never judged by a task that stopped early.
     */
    static Map<String, Outcome> compile(Map<String, List<GeneratedFile>> sourcesByUnit) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        Map<String, List<GeneratedFile>> pending = new TreeMap<>(sourcesByUnit);
        while (!pending.isEmpty()) {
            Map<String, Outcome> round = compileOnce(pending);
            Map<String, List<GeneratedFile>> retry = new TreeMap<>();
            boolean anyError = round.values().stream().anyMatch(o -> !o.errorKinds.isEmpty());
            for (Map.Entry<String, Outcome> e : round.entrySet()) {
                Outcome o = e.getValue();
                if (o.taskFailed && o.errorKinds.isEmpty() && anyError) {
                    retry.put(e.getKey(), pending.get(e.getKey()));
                } else {
                    outcomes.put(e.getKey(), o);
                }
            }
            pending = retry;
        }
        return outcomes;
    }

    private static Map<String, Outcome> compileOnce(Map<String, List<GeneratedFile>> sourcesByUnit) {
        Map<String, String> unitByPath = new TreeMap<>();
        List<JavaFileObject> sources = new ArrayList<>();
        Map<String, Outcome> outcomes = new TreeMap<>();
        sourcesByUnit.forEach((unit, files) -> {
            outcomes.put(unit, new Outcome());
            for (GeneratedFile file : files) {
                unitByPath.put(file.relativePath(), unit);
                sources.add(new Source(file));
            }
        });
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        Keeping manager;
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            manager = new Keeping(standard);
            ok = compiler.getTask(null, manager, diagnostics, OPTIONS, null, sources).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String path = d.getSource() == null ? null : d.getSource().toUri().getPath().substring(1);
            String unit = path == null ? null : unitByPath.get(path);
            List<Outcome> targets = unit == null ? List.copyOf(outcomes.values()) : List.of(outcomes.get(unit));
            String code = d.getCode() == null ? "(no code)" : d.getCode();
            for (Outcome o : targets) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    o.errorKinds.merge(code, 1, Integer::sum);
                    o.errorsByFile.merge(path == null ? "(no file)" : path, 1, Integer::sum);
                    String message = d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
                    String file = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
                    o.errors.add(file + ":" + d.getLineNumber() + ": " + message);
                } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                    o.warningKinds.merge(code, 1, Integer::sum);
                }
            }
        }
        if (!ok) {
            outcomes.values().forEach(o -> o.taskFailed = true);
        } else {
            manager.classes.forEach((sourcePath, classes) -> {
                String unit = unitByPath.get(sourcePath);
                if (unit != null) {
                    outcomes.get(unit).classes.putAll(classes);
                }
            });
        }
        return outcomes;
    }

    /** A generated source held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(GeneratedFile file) {
            super(URI.create("mem:///" + file.relativePath()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }

    /** Class files stay in memory, grouped by the generated source they came from. */
    private static final class Keeping extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, Map<String, byte[]>> classes = new TreeMap<>();

        Keeping(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            String source = sibling == null ? "" : sibling.toUri().getPath().substring(1);
            return new SimpleJavaFileObject(URI.create("mem:///out/" + className.replace('.', '/') + kind.extension),
                    kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.computeIfAbsent(source, k -> new TreeMap<>()).put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
