package my.etika.ldapschema.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Command line: writes the demo directory as an LDIF file.
 *
 * <pre>
 * java -cp etika-ldap-schema.jar:unboundid-ldapsdk.jar my.etika.ldapschema.demo.GenerateDemoDirectory \
 *     --officers 2000 --seed 2026 --out demo.ldif [--no-entry-uuid] [--no-passwords] [--base-dn dc=jde,dc=example]
 * </pre>
 *
 * Unset options take the values of {@code demo-defaults.properties}. Exit status 0 on success, 1 if the file
 * cannot be written, 2 on a usage error.
 */
public final class GenerateDemoDirectory {

    private static final Logger LOG = Logger.getLogger(GenerateDemoDirectory.class.getName());

    private static final String USAGE = "usage: GenerateDemoDirectory --out FILE [--officers N] [--seed S]"
            + " [--base-dn DN] [--no-entry-uuid] [--no-passwords]";

    private GenerateDemoDirectory() {
    }

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String... args) {
        DemoDirectoryOptions options;
        Path out;
        try {
            CommandLine commandLine = CommandLine.parse(args);
            options = commandLine.options();
            out = commandLine.out();
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + System.lineSeparator() + USAGE);
            return 2;
        }
        long started = System.nanoTime();
        long entries;
        try (OutputStream stream = Files.newOutputStream(out)) {
            entries = new DemoDirectoryGenerator(options).writeLdif(stream);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot write " + out, e);
            return 1;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Wrote " + entries + " entries (" + options.officers() + " officers plus demo logins) to "
                + out + " in " + millis + " ms; " + options);
        return 0;
    }

    private record CommandLine(DemoDirectoryOptions options, Path out) {

        static CommandLine parse(String... args) {
            DemoDirectoryOptions options = DemoDirectoryOptions.defaults();
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--officers" -> options = options.withOfficers(parseInt(value(args, ++i, "--officers")));
                    case "--seed" -> options = options.withSeed(parseLong(value(args, ++i, "--seed")));
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--base-dn" -> options = options.withBaseDn(value(args, ++i, "--base-dn"));
                    case "--no-entry-uuid" -> options = options.withIncludeEntryUuid(false);
                    case "--no-passwords" -> options = options.withDemoPassword(null).withServiceAccountPassword(null);
                    default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out is required");
            }
            return new CommandLine(options, out);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int parseInt(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a whole number: " + value, e);
            }
        }

        private static long parseLong(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a whole number: " + value, e);
            }
        }
    }
}
