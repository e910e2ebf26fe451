package io.djcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What djcheck says on the console, in one {@link Lang}: {@code messages_zh.properties} and
 * {@code messages_en.properties} beside this class (UTF-8) hold every message by key, with
 * {@code {0}}, {@code {1}}... for its values ({@code {name}} for the named params of a library error).
 * The usage help comes from the annotations in English and from {@code help_zh.properties} in Chinese.
 */
final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([0-9]+|[a-zA-Z][a-zA-Z0-9]*)}");

    /** Each language's messages, read once: main asks before parsing (for Ctrl-C) and again for the run. */
    private static final Map<Lang, Messages> LOADED = new ConcurrentHashMap<>();

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang, ResourceBundle bundle) {
        this.lang = lang;
        this.bundle = bundle;
    }

    static Messages of(Lang lang) {
        return LOADED.computeIfAbsent(lang, l -> new Messages(l, load("messages_" + l.code() + ".properties")));
    }

    Lang lang() {
        return lang;
    }

    /** The usage help of every command in this language, or null for English (the annotations' own text). */
    ResourceBundle help() {
        return lang == Lang.EN ? null : load("help_" + lang.code() + ".properties");
    }

    /** The message {@code key} with {@code {0}}, {@code {1}}... filled from {@code args}. */
    String get(String key, Object... args) {
        return fill(text(key), i -> i < args.length ? args[i] : null, name -> null);
    }

    /** {@code key.one} when {@code n} is 1 and the bundle has it, else {@code key}: English plurals. */
    String count(String key, long n, Object... args) {
        String k = n == 1 && bundle.containsKey(key + ".one") ? key + ".one" : key;
        return get(k, args);
    }

    /** The message {@code key}, its {@code {name}} placeholders filled from {@code params}, {@code {0}}... from args. */
    String named(String key, Map<String, ?> params, Object... args) {
        return fill(text(key), i -> i < args.length ? args[i] : null, params::get);
    }

    /** {@code template} with its {@code {name}} placeholders filled from {@code params}. */
    static String fillNamed(String template, Map<String, ?> params) {
        return fill(template, i -> null, params::get);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug the bundle tests catch; the user still sees which message it was
            return key;
        }
    }

    private static String fill(String template, java.util.function.IntFunction<Object> byIndex,
                               java.util.function.Function<String, Object> byName) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String p = m.group(1);
            Object v = Character.isDigit(p.charAt(0)) ? byIndex.apply(Integer.parseInt(p)) : byName.apply(p);
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : String.valueOf(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static ResourceBundle load(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("djcheck is missing its message file " + name + "; install djcheck again");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
