package io.djcheck.model;

/** How exact a stated number is. */
public enum Qualifier {
    EXACT,
    /** 以上, 超过, 至少, 余, 多. */
    AT_LEAST,
    /** 约, 左右, 近. */
    APPROX,
    /** 以下, 不超过, 不足. */
    AT_MOST,
    /** 1—2, 3-5, 5万至10万: {@code value} is the lower and {@code upper} the upper bound. */
    RANGE,
    /** X名, *次, **个: the number is hidden; its value is unknown, never zero. */
    MASKED
}
