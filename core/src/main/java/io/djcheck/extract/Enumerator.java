package io.djcheck.extract;

/**
 * An enumeration mark: 第一部分 一、 （一） 1. 1、 （1） 1） ① 一是 第一. {@code rank} orders the families
 * from the outermost (第一部分) to the innermost (一是): a mark of a lower rank starts new sequences below it.
 *
 * @param family    the written form, e.g. "一、" for all of 一、二、三、
 * @param rank      0 for 第一部分, 1 for 一、, 2 for （一）, 3 for 1. and 1、, 4 for （1） 1） ①, 5 for 一是 and 第一
 * @param ordinal   the number (二 → 2)
 * @param start     offset of the mark
 * @param end       offset after the mark
 * @param atLineStart whether the mark opens a paragraph, i.e. may be a heading
 */
record Enumerator(String family, int rank, int ordinal, int start, int end, boolean atLineStart) {

    /** Rank of the items within a paragraph (一是, 第一，): never a heading. */
    static final int ITEM_RANK = 5;
}
