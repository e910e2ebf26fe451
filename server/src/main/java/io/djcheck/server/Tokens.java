package io.djcheck.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The bearer tokens the server accepts, read from a token file: one token per line, {@code admin:TOKEN}
 * for a token that may also call the admin endpoints; blank lines and lines starting with {@code #}
 * are ignored. A token is at least 16 characters of {@code A-Z a-z 0-9 - _ . ~ + /}. Tokens are kept
 * only as SHA-256 digests and compared in constant time ({@link MessageDigest#isEqual}) against every
 * known token, so neither the comparison nor the number of tokens tried leaks through timing.
 */
public final class Tokens {

    /** What a request's token allows. */
    public enum Role { NONE, CHECK, ADMIN }

    private record Entry(byte[] digest, Role role) {
    }

    static final int MIN_LENGTH = 16;

    private final List<Entry> entries;

    private Tokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads a token file.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed token, or when the file holds none
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static Tokens fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the token file (" + e.getMessage()
                    + "); give a readable file of tokens, one per line", e);
        }
        return parse(lines, file.toString());
    }

    /** Tokens from lines in the token file's format; {@code name} names them in errors. */
    public static Tokens parse(List<String> lines, String name) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Role role = Role.CHECK;
            if (line.startsWith("admin:")) {
                role = Role.ADMIN;
                line = line.substring("admin:".length()).strip();
            }
            if (line.length() < MIN_LENGTH || !line.matches("[A-Za-z0-9\\-_.~+/]+")) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": not a token: a token is at least " + MIN_LENGTH
                        + " characters of A-Z a-z 0-9 - _ . ~ + / (e.g. openssl rand -hex 24), optionally after 'admin:'");
            }
            entries.add(new Entry(digest(line), role));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(name + ": the token file holds no token; add one per line (admin:TOKEN for an admin token)");
        }
        return new Tokens(entries);
    }

    /** One freshly generated admin token (for a server started without a token file); {@link #generated()} tells it. */
    public static Tokens generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Tokens t = new Tokens(List.of(new Entry(digest(token), Role.ADMIN)));
        t.generated = token;
        return t;
    }

    private String generated;

    /** The token {@link #generate()} made, else null. */
    public String generated() {
        return generated;
    }

    /** What the {@code Authorization} header's value allows: NONE for a missing, malformed or unknown token. */
    public Role role(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Role.NONE;
        }
        byte[] given = digest(authorization.substring(7).strip());
        Role found = Role.NONE;
        for (Entry e : entries) {                       // every entry, whatever matched: no early exit
            if (MessageDigest.isEqual(e.digest(), given) && e.role().ordinal() > found.ordinal()) {
                found = e.role();
            }
        }
        return found;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
