package io.github.ets4j.study;

/**
 * The fast engine's random generator: SplitMix64 as {@link java.util.SplittableRandom} computes it (Steele, Lea and
 * Flood 2014), giving the same numbers for the same seed, with its state open to the draw's normal loop so that the
 * loop keeps it in a register instead of updating a field per number.
 *
 * <p>{@link #blocks(long, int)} gives the generators of a run's blocks: block {@code b}'s is the {@code b}-th
 * {@code split()} of {@code new SplittableRandom(seed)}. {@link #nextLong()} and {@link #nextDouble()} are that
 * class's; a test holds the two to the same numbers. Not a regulatory figure: a numerical method of the draws. Not
 * thread-safe: each block owns its generator.
 */
final class DrawRandom {
  /** The gamma of a generator made from a seed alone (SplittableRandom's GOLDEN_GAMMA). */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  /** 2^-53: the top 53 bits of a long to [0, 1). */
  private static final double DOUBLE_UNIT = 0x1.0p-53;
  /** Fewer bit transitions than this in a gamma make it a poor one; SplittableRandom then flips alternate bits. */
  private static final int MIN_GAMMA_TRANSITIONS = 24;

  /** The state, advanced by {@link #gamma} before each number. */
  long seed;
  /** The odd increment of the state. */
  final long gamma;

  private DrawRandom(long seed, long gamma) {
    this.seed = seed;
    this.gamma = gamma;
  }

  /**
   * The generator of {@code new SplittableRandom(seed)}.
   *
   * @param seed the seed
   * @return the generator
   */
  static DrawRandom of(long seed) {
    return new DrawRandom(seed, GOLDEN_GAMMA);
  }

  /**
   * The generators of a run's blocks: the first {@code blocks} splits of {@link #of(long) of(seed)}, in order.
   *
   * @param seed the run's seed
   * @param blocks how many
   * @return the generators
   */
  static DrawRandom[] blocks(long seed, int blocks) {
    DrawRandom root = of(seed);
    DrawRandom[] generators = new DrawRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      generators[b] = root.split();
    }
    return generators;
  }

  /** A new generator, as {@code SplittableRandom.split()}: its seed the next long, its gamma from the next state. */
  DrawRandom split() {
    long s = nextLong();
    return new DrawRandom(s, mixGamma(seed += gamma));
  }

  /** The next 64 random bits. */
  long nextLong() {
    return mix64(seed += gamma);
  }

  /** The next double in [0, 1), from the top 53 bits of the next long. */
  double nextDouble() {
    return (nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /** The output function of a state: a variant of MurmurHash3's finaliser (David Stafford's Mix13). */
  static long mix64(long state) {
    long z = (state ^ (state >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The gamma of a split: odd, with enough bit transitions. */
  private static long mixGamma(long state) {
    long z = (state ^ (state >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L;
    int transitions = Long.bitCount(z ^ (z >>> 1));
    return transitions < MIN_GAMMA_TRANSITIONS ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }
}
