package fr.dui.server.synthetic.loader;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar in French, redrawn in place: share of usagers loaded, resources stored, rate and time
 * left. On a console that is not a terminal (a log file), a line every tenth of the way instead.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int totalUsagers;
    private final boolean terminal;
    private int lastTenth = -1;

    ProgressBar(PrintStream out, int totalUsagers, boolean terminal) {
        this.out = out;
        this.totalUsagers = totalUsagers;
        this.terminal = terminal;
    }

    synchronized void update(int usagers, long resources, double seconds) {
        double share = totalUsagers == 0 ? 1 : Math.min(1, usagers / (double) totalUsagers);
        int tenth = (int) (share * 10);
        if (!terminal && tenth == lastTenth) {
            return;
        }
        lastTenth = tenth;
        out.print((terminal ? "\r" : "") + line(share, usagers, resources, seconds) + (terminal ? "" : "\n"));
        out.flush();
    }

    synchronized void finish() {
        if (terminal) {
            out.println();
        }
    }

    String line(double share, int usagers, long resources, double seconds) {
        int filled = (int) Math.round(share * WIDTH);
        double rate = seconds > 0 ? resources / seconds : 0;
        String left = share > 0 && share < 1 ? " · reste " + duration(seconds * (1 - share) / share) : "";
        return String.format(
                Locale.FRANCE,
                "[%s%s] %3d %% · %,d/%,d usagers · %,d ressources · %,.0f ressources/s%s",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                Math.round(share * 100),
                usagers,
                totalUsagers,
                resources,
                rate,
                left);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format("%d h %02d min", s / 3600, (s % 3600) / 60)
                : String.format("%d min %02d s", s / 60, s % 60);
    }
}
