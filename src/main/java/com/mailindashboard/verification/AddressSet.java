package com.mailindashboard.verification;

/**
 * The addresses seen so far, case-insensitively, in a compact open-addressing table of 64-bit
 * hashes (8 bytes an address instead of a String in a HashSet, ~100 bytes): a million addresses
 * take 16 MB. Two different addresses share a hash with a probability of about n²/2⁶⁵ (3 in 100
 * million for a million addresses); the cost of that would be one address not sent. Linear
 * probing, at most three quarters full: a million addresses in 2²¹ slots.
 */
final class AddressSet {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] slots;
    private int size;

    /** Sized for {@code expected} addresses (it grows past them, doubling). */
    AddressSet(int expected) {
        int needed = (int) Math.min(1L << 30, Math.max(16, expected * 4L / 3));
        slots = new long[Integer.highestOneBit(needed - 1) << 1];
    }

    /** Adds the address; false when it (in any letter case) was already there. */
    boolean add(String address) {
        long hash = hash(address);
        if (size >= slots.length - (slots.length >> 2)) { // at most three quarters full
            grow();
        }
        return insert(slots, hash);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int index = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[index] != 0) {
            if (table[index] == hash) {
                return false;
            }
            index = (index + 1) & mask;
        }
        table[index] = hash;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long hash : old) {
            if (hash != 0) {
                insert(slots, hash);
            }
        }
    }

    /** FNV-1a over the lower-cased characters, then a SplitMix64 finish; never 0 (the empty slot). */
    static long hash(String address) {
        long h = FNV_OFFSET;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c > 127) {
                c = Character.toLowerCase(c);
            }
            h = (h ^ c) * FNV_PRIME;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
