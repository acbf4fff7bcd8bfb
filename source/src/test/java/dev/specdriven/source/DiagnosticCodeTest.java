package dev.specdriven.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticCodeTest {

    /** A code enum written the way the modules write theirs: constants, a field, a constructor. */
    enum AcmeCode implements DiagnosticCode {
        GENERIC_SYSTEM("ACME001", Severity.WARNING, "generic system name", "Name the component."),
        NO_OWNER("ACME002", Severity.INFO, "no owner", "Add an 'Owner:' line."),
        SHADOW("ACME001", Severity.ERROR, "same code again", "Never found by find().");

        private final Definition definition;

        AcmeCode(String code, Severity severity, String title, String fix) {
            this.definition = new Definition(code, severity, title, fix);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    @Test
    void accessorsComeFromTheDefinition() {
        AcmeCode c = AcmeCode.NO_OWNER;
        assertThat(c.code()).isEqualTo("ACME002");
        assertThat(c.defaultSeverity()).isEqualTo(Severity.INFO);
        assertThat(c.title()).isEqualTo("no owner");
        assertThat(c.fix()).isEqualTo("Add an 'Owner:' line.");
        assertThat(c.definition())
                .isEqualTo(
                        new DiagnosticCode.Definition(
                                "ACME002", Severity.INFO, "no owner", "Add an 'Owner:' line."));
    }

    @Test
    void atMakesADiagnosticWithTheDefaultSeverityAndFix() {
        SourceSpan span = SourceSpan.of(3, 5, 40, 3, 11, 46);
        Diagnostic d = AcmeCode.GENERIC_SYSTEM.at(span, "generic system name 'system'");
        assertThat(d)
                .isEqualTo(
                        Diagnostic.of(
                                "ACME001",
                                Severity.WARNING,
                                "generic system name 'system'",
                                "Name the component.",
                                span));
        assertThat(d.file()).isEmpty();
    }

    @Test
    void findReturnsTheFirstCodeWithTheExactText() {
        assertThat(DiagnosticCode.find(AcmeCode.values(), "ACME002")).contains(AcmeCode.NO_OWNER);
        assertThat(DiagnosticCode.find(AcmeCode.values(), "ACME001"))
                .contains(AcmeCode.GENERIC_SYSTEM);
        assertThat(DiagnosticCode.find(AcmeCode.values(), "acme002")).isEmpty();
        assertThat(DiagnosticCode.find(AcmeCode.values(), "")).isEmpty();
        assertThat(DiagnosticCode.find(new AcmeCode[0], "ACME001")).isEqualTo(Optional.empty());
    }

    @Test
    void definitionRejectsMissingParts() {
        assertThatThrownBy(() -> new DiagnosticCode.Definition(null, Severity.INFO, "t", "f"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("code must not be null");
        assertThatThrownBy(() -> new DiagnosticCode.Definition("X1", null, "t", "f"))
                .hasMessage("defaultSeverity must not be null");
        assertThatThrownBy(() -> new DiagnosticCode.Definition("X1", Severity.INFO, null, "f"))
                .hasMessage("title must not be null");
        assertThatThrownBy(() -> new DiagnosticCode.Definition("X1", Severity.INFO, "t", null))
                .hasMessage("fix must not be null");
    }
}
