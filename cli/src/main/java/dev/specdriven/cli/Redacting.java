package dev.specdriven.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer that replaces a secret (an API key) by {@code ***} in everything written through it, so
 * that no message, diagnostic or diff can print the key, whatever a server echoes back. Text is
 * held back only while it may be the start of the secret.
 */
final class Redacting extends Writer {
    static final String MASK = "***";

    private final PrintWriter target;
    private final String secret;
    private final StringBuilder pending = new StringBuilder();

    private Redacting(PrintWriter target, String secret) {
        this.target = target;
        this.secret = secret;
    }

    /**
     * A print writer over {@code target} that never lets {@code secret} through.
     *
     * @param target where the text goes
     * @param secret the text to mask
     * @return the writer ({@code target} itself for an empty secret)
     */
    static PrintWriter wrap(PrintWriter target, String secret) {
        if (secret.isEmpty()) {
            return target;
        }
        return new PrintWriter(new Redacting(target, secret), true);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        pending.append(buf, off, len);
        emit(false);
    }

    /** Writes the masked pending text, keeping a tail that may begin the secret unless final. */
    private void emit(boolean all) {
        String s = pending.toString().replace(secret, MASK);
        int keep = 0;
        if (!all) {
            for (int k = Math.min(secret.length() - 1, s.length()); k > 0; k--) {
                if (secret.startsWith(s.substring(s.length() - k))) {
                    keep = k;
                    break;
                }
            }
        }
        target.write(s, 0, s.length() - keep);
        pending.setLength(0);
        pending.append(s, s.length() - keep, s.length());
    }

    @Override
    public void flush() {
        emit(false);
        target.flush();
    }

    @Override
    public void close() {
        emit(true);
        target.flush();
    }
}
