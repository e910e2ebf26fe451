package io.djcheck.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Disjoint sets over 0..n-1 (union by size, path halving): the clusters that pairs of copies join into. */
final class UnionFind {

    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    boolean same(int a, int b) {
        return find(a) == find(b);
    }

    void join(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    /** The sets of at least {@code minSize} elements, each in ascending order, ordered by their smallest element. */
    List<int[]> groups(int minSize) {
        int n = parent.length;
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        int[] filled = new int[n];
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(i);
            if (size[r] < minSize) {
                continue;
            }
            if (slot[r] < 0) {
                slot[r] = out.size();
                out.add(new int[size[r]]);
            }
            out.get(slot[r])[filled[r]++] = i;
        }
        return out;
    }
}
