package io.djcheck.engine;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A map of message values that {@link RuleEngine} filled for one outcome and hands over, keeping no
 * reference: read-only, so {@link RuleOutcome} and {@link LeafResult} take it as it is instead of
 * copying it (a copy per rule of every check cost more than filling it). Null values are refused,
 * as {@link Map#copyOf} refuses them.
 */
final class OwnedValues extends AbstractMap<String, Object> {

    private final Map<String, Object> map;

    private OwnedValues(Map<String, Object> map) {
        this.map = Collections.unmodifiableMap(map);
    }

    /** {@code fresh}, a map no one else holds or will change, as read-only values. */
    static Map<String, Object> of(Map<String, Object> fresh) {
        if (fresh.isEmpty()) {
            return Map.of();
        }
        fresh.forEach((k, v) -> {
            Objects.requireNonNull(k);
            Objects.requireNonNull(v, () -> "value of " + k);
        });
        return new OwnedValues(fresh);
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return map.getOrDefault(key, defaultValue);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        map.forEach(action);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map.entrySet();
    }
}
