package io.djcheck.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The language djcheck speaks on the console: Chinese unless English is asked for. The option
 * {@code --lang} beats the environment variable {@code DJCHECK_LANG}, which beats the default, Chinese
 * (the JVM's locale is not consulted: the readers are Chinese reviewers, often on machines set to English).
 */
enum Lang {
    ZH, EN;

    static final String OPTION = "--lang";
    static final String ENV = "DJCHECK_LANG";

    /** The language {@code args} and the environment ask for; a value that is neither zh nor en is a usage error. */
    static Lang resolve(List<String> args, Function<String, String> env) {
        String given = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;                                    // what follows is a path, not an option
            }
            if (a.equals(OPTION) && i + 1 < args.size()) {
                given = args.get(i + 1);
            } else if (a.startsWith(OPTION + "=")) {
                given = a.substring(OPTION.length() + 1);
            }
        }
        if (given != null) {
            return parse(given, OPTION + " " + given);
        }
        String fromEnv = env.apply(ENV);
        return fromEnv == null || fromEnv.isBlank() ? ZH : parse(fromEnv, ENV + "=" + fromEnv);
    }

    /** zh, zh-CN, zh_CN, en, en-US ... (the language part decides). */
    private static Lang parse(String value, String given) {
        String language = value.strip().toLowerCase(Locale.ROOT).split("[-_.]", 2)[0];
        return switch (language) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new UnknownLang(given);
        };
    }

    /** A language djcheck does not speak; said in both, since which one the user reads is not known. */
    static final class UnknownLang extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownLang(String given) {
            super(given);
        }
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
