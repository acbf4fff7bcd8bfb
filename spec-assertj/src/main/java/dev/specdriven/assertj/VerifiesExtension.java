package dev.specdriven.assertj;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Records which criteria each test verifies ({@link Verifies}) and how it ended, and writes the
 * evidence file that {@code specdriven trace --evidence <file>} reads when the test run ends.
 *
 * <p>Registration, any of:
 *
 * <ul>
 *   <li>nothing: {@link Verifies} is meta-annotated with
 *       {@code @ExtendWith(VerifiesExtension.class)}, so every test class or method carrying it is
 *       watched;
 *   <li>{@code @ExtendWith(VerifiesExtension.class)} on a test class or a base class;
 *   <li>automatic detection for every test: this jar lists the extension in {@code
 *       META-INF/services/org.junit.jupiter.api.extension.Extension}; switch detection on with the
 *       JUnit configuration parameter {@code junit.jupiter.extensions.autodetection.enabled=true}
 *       (in {@code src/test/resources/junit-platform.properties} or as a Surefire {@code
 *       configurationParameters} entry).
 * </ul>
 *
 * <p>Registering it several ways at once is harmless: each test is recorded once.
 *
 * <p>Configuration parameters:
 *
 * <ul>
 *   <li>{@value #EVIDENCE_FILE_PARAMETER}: where to write, default {@value #DEFAULT_EVIDENCE_FILE}
 *       (relative paths are resolved against the working directory, which is the module directory
 *       under Maven Surefire);
 *   <li>{@value #APPEND_PARAMETER}: {@code true} to merge into an existing file instead of
 *       replacing it (for several forked JVMs or several test runs writing one file; a test present
 *       in both keeps the result of the newer run). Default {@code false}: a stale file from an
 *       earlier run never counts as evidence.
 * </ul>
 *
 * <p>The file is written once, when the JUnit Jupiter engine finishes: the collector is a value of
 * the root {@link ExtensionContext.Store} that JUnit closes, as an {@code
 * ExtensionContext.Store.CloseableResource} (JUnit 5.10 to 5.12) or an {@link AutoCloseable} (5.13
 * and later). The oldest supported JUnit is 5.10; the build runs the extension under JUnit 5.10 and
 * 5.12 as well as under the version it is compiled with. Its format ({@code schemaVersion} 1), one
 * entry per test method, sorted by test name:
 *
 * <pre>{@code
 * {
 *   "schemaVersion" : 1,
 *   "results" : [ {
 *     "test" : "com.example.CheckoutTest#rejects_empty_cart",
 *     "criteria" : [ "order-checkout:1.3" ],
 *     "status" : "PASSED"
 *   } ]
 * }
 * }</pre>
 *
 * <p>{@code status} is {@code PASSED}, {@code FAILED}, {@code ABORTED} (assumption failed) or
 * {@code SKIPPED} (disabled); repeated and parameterized invocations of one method are combined (a
 * failure wins, then a pass, then an abort). Tests may run in parallel: recording is thread-safe.
 */
public final class VerifiesExtension implements BeforeEachCallback, TestWatcher {

    /** The configuration parameter naming the evidence file. */
    public static final String EVIDENCE_FILE_PARAMETER = "specdriven.evidence.file";

    /** The configuration parameter that switches on merging into an existing file. */
    public static final String APPEND_PARAMETER = "specdriven.evidence.append";

    /** The default evidence file, relative to the working directory. */
    public static final String DEFAULT_EVIDENCE_FILE = "target/specdriven-evidence.json";

    private static final Pattern VALUE = Pattern.compile("[^\\s:]+:[^\\s:]+");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(VerifiesExtension.class);

    /** Creates the extension; JUnit calls this constructor. */
    public VerifiesExtension() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        collector(context); // the file is written even when no watched test cites a criterion
        for (String value : declared(context)) {
            if (!VALUE.matcher(value).matches()) {
                throw new ExtensionConfigurationException(
                        "@Verifies value '"
                                + value
                                + "' must have the form <spec>:<criterion>, for example"
                                + " order-checkout:2.3");
            }
        }
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, EvidenceCollector.Status.PASSED);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, EvidenceCollector.Status.FAILED);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, EvidenceCollector.Status.ABORTED);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, EvidenceCollector.Status.SKIPPED);
    }

    private static void record(ExtensionContext context, EvidenceCollector.Status status) {
        Optional<Method> method = context.getTestMethod();
        Optional<Class<?>> type = context.getTestClass();
        if (method.isEmpty() || type.isEmpty()) {
            return;
        }
        List<String> criteria =
                declared(context).stream().filter(v -> VALUE.matcher(v).matches()).toList();
        if (criteria.isEmpty()) {
            return;
        }
        collector(context)
                .record(
                        context.getUniqueId(),
                        type.get().getName() + "#" + method.get().getName(),
                        criteria,
                        status);
    }

    private static EvidenceCollector collector(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        EvidenceCollector.class,
                        k ->
                                new EvidenceCollector(
                                        Path.of(
                                                root.getConfigurationParameter(
                                                                EVIDENCE_FILE_PARAMETER)
                                                        .orElse(DEFAULT_EVIDENCE_FILE)),
                                        root.getConfigurationParameter(
                                                        APPEND_PARAMETER, Boolean::parseBoolean)
                                                .orElse(false)),
                        EvidenceCollector.class);
    }

    /** The values declared on the enclosing classes (outermost first) and on the method. */
    private static List<String> declared(ExtensionContext context) {
        Deque<Class<?>> classes = new ArrayDeque<>();
        Optional<ExtensionContext> c = Optional.of(context);
        Class<?> last = null;
        while (c.isPresent()) {
            Optional<Class<?>> t = c.get().getTestClass();
            if (t.isPresent() && t.get() != last) {
                classes.addFirst(t.get());
                last = t.get();
            }
            c = c.get().getParent();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Class<?> t : classes) {
            for (Verifies v : AnnotationSupport.findRepeatableAnnotations(t, Verifies.class)) {
                values.addAll(List.of(v.value()));
            }
        }
        context.getTestMethod()
                .ifPresent(
                        m -> {
                            for (Verifies v :
                                    AnnotationSupport.findRepeatableAnnotations(
                                            m, Verifies.class)) {
                                values.addAll(List.of(v.value()));
                            }
                        });
        return List.copyOf(values);
    }
}
