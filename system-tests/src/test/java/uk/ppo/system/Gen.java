package uk.ppo.system;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A seeded generator of random values, composed from smaller ones: what {@link HostileInputIT}
 * draws its bad inputs from. The schema decides what to generate; a generator only decides the
 * value, so a seed repeats a run exactly.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** Draws again until {@code keep} accepts the value (at most 10,000 times). */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int i = 0; i < 10_000; i++) {
                T value = next(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("no value passed the filter in 10,000 draws");
        };
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    static <T> Gen<T> element(T... values) {
        return element(List.of(values));
    }

    static <T> Gen<T> element(List<T> values) {
        List<T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** A value of one of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> either(Gen<? extends T>... gens) {
        return either(List.of(gens));
    }

    static <T> Gen<T> either(List<? extends Gen<? extends T>> gens) {
        List<Gen<? extends T>> copy = List.copyOf(gens);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** From {@code min} to {@code max}, both included. */
    static Gen<Integer> ints(int min, int max) {
        return random -> (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
    }

    static Gen<Integer> anyInt() {
        return Random::nextInt;
    }

    /** From {@code min} to {@code max}, both included. */
    static Gen<Long> longs(long min, long max) {
        return random -> min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** From {@code min} to {@code max}, both included. */
    static Gen<BigInteger> bigIntegers(BigInteger min, BigInteger max) {
        BigInteger span = max.subtract(min).add(BigInteger.ONE);
        return random -> {
            BigInteger offset;
            do {
                offset = new BigInteger(span.bitLength(), random);
            } while (offset.compareTo(span) >= 0);
            return min.add(offset);
        };
    }

    /** Random bytes, {@code minSize} to {@code maxSize} of them. */
    static Gen<byte[]> bytes(int minSize, int maxSize) {
        return random -> {
            byte[] out = new byte[minSize + random.nextInt(maxSize - minSize + 1)];
            random.nextBytes(out);
            return out;
        };
    }

    static <T> Gen<List<T>> shuffled(List<T> values) {
        return random -> {
            List<T> copy = new ArrayList<>(values);
            Collections.shuffle(copy, random);
            return copy;
        };
    }

    /** Strings of any characters of the Basic Multilingual Plane (no lone surrogates) until narrowed. */
    static Text text() {
        return new Text(new StringBuilder(), 0, 20);
    }

    /** A string generator narrowed step by step: which characters, how long. */
    final class Text implements Gen<String> {

        private final StringBuilder alphabet;
        private final int min;
        private final int max;

        private Text(StringBuilder alphabet, int min, int max) {
            this.alphabet = alphabet;
            this.min = min;
            this.max = max;
        }

        Text alpha() {
            return withRange('a', 'z').withRange('A', 'Z');
        }

        Text withRange(char from, char to) {
            StringBuilder more = new StringBuilder(alphabet);
            for (char c = from; c <= to; c++) {
                more.append(c);
            }
            return new Text(more, min, max);
        }

        Text withChars(String chars) {
            return new Text(new StringBuilder(alphabet).append(chars), min, max);
        }

        Text withChars(char c) {
            return withChars(String.valueOf(c));
        }

        Text minLength(int length) {
            return new Text(alphabet, length, Math.max(length, max));
        }

        Text maxLength(int length) {
            return new Text(alphabet, Math.min(min, length), length);
        }

        Text length(int length) {
            return new Text(alphabet, length, length);
        }

        @Override
        public String next(Random random) {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                if (alphabet.isEmpty()) {
                    char c;
                    do {
                        c = (char) (1 + random.nextInt(0xFFFD));
                    } while (Character.isSurrogate(c));
                    out.append(c);
                } else {
                    out.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            return out.toString();
        }
    }
}
