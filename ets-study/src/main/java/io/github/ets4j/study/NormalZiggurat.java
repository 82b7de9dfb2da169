package io.github.ets4j.study;

/**
 * Standard normal numbers for the fast engine's draws: Marsaglia and Tsang's ziggurat (2000) with 256 layers,
 * on one {@link DrawRandom#nextLong()} per number in about 99 % of the calls.
 *
 * <p>The low 8 bits of the long choose the layer; the upper 56 bits, disjoint from them (so the layer and the
 * abscissa are independent, unlike the original's 32-bit variant), are a signed uniform in [−1, 1) scaled by
 * the layer's width. Inside the layer's rectangle below the next layer the number is accepted at once; else
 * the wedge is tested against the density, and the base layer samples the tail beyond r by Marsaglia's
 * exponential method. The result has the exact standard normal distribution, up to the 2^-55 resolution of
 * the abscissa. The tables are computed once with {@link StrictMath}, so the numbers of a seed are the same on
 * every JVM. Written for the engine's hot loop: the common path is small enough to be inlined there.
 *
 * <p>Not a regulatory figure: a numerical method of the study's draw model (output and intensity log-normal).
 * Stateless and thread-safe; the generator passed in is not.
 */
final class NormalZiggurat {
  /** Layers. */
  private static final int LAYERS = 256;
  /** The start of the tail, r, for 256 layers (Marsaglia and Tsang 2000, RNOR). */
  static final double TAIL_START = 3.6541528853610088;
  /** The area of each layer, v, for 256 layers (Marsaglia and Tsang 2000). */
  private static final double LAYER_AREA = 4.92867323399e-3;
  /** 2^-55: a signed 56-bit integer to [−1, 1). */
  private static final double SIGNED_UNIT = 0x1.0p-55;
  /** The layers' right edges: X[0] = v / f(r) (the base layer with its tail), X[1] = r, …, X[256] = 0. */
  private static final double[] X = new double[LAYERS + 1];
  /** The density f(x) = exp(−x²/2) at each edge. */
  private static final double[] F = new double[LAYERS + 1];
  /**
   * The common path's two numbers of each layer side by side, so that one index reaches both: at 2i the layer's
   * width scaled to the abscissa, X[i] × 2^-55 (exact, a power of two: {@code b × (X[i] × 2^-55)} is the same double
   * as {@code b × 2^-55 × X[i]}, one multiplication fewer), at 2i + 1 the next edge X[i + 1].
   */
  private static final double[] SCALED_WIDTH_AND_EDGE = new double[2 * LAYERS];

  static {
    X[0] = LAYER_AREA / density(TAIL_START);
    X[1] = TAIL_START;
    for (int i = 1; i < LAYERS - 1; i++) {
      X[i + 1] = StrictMath.sqrt(-2 * StrictMath.log(LAYER_AREA / X[i] + density(X[i])));
    }
    X[LAYERS] = 0;
    for (int i = 0; i <= LAYERS; i++) {
      F[i] = density(X[i]);
    }
    for (int i = 0; i < LAYERS; i++) {
      SCALED_WIDTH_AND_EDGE[2 * i] = X[i] * SIGNED_UNIT;
      SCALED_WIDTH_AND_EDGE[2 * i + 1] = X[i + 1];
    }
  }

  private NormalZiggurat() {
  }

  /** The unnormalised standard normal density. */
  private static double density(double x) {
    return StrictMath.exp(-0.5 * x * x);
  }

  /**
   * The next standard normal number.
   *
   * @param random the generator, advanced by one long (about 99 % of the calls) or more
   * @return a number of the standard normal distribution
   */
  static double next(DrawRandom random) {
    long bits = random.nextLong();
    int layer = (int) bits & (LAYERS - 1);
    double z = (bits >> 8) * SIGNED_UNIT * X[layer];
    if (Math.abs(z) < X[layer + 1]) {
      return z;
    }
    return outsideRectangle(random, layer, z);
  }

  /**
   * Fills an array with standard normal numbers, the same as {@link #next} called for each slot in turn: the
   * generator's state stays in a local variable (a register) on the common path, and goes back to the generator
   * only for the rare path and at the end.
   *
   * @param random the generator, advanced as by {@code normals.length} calls of {@link #next}
   * @param normals receives the numbers
   */
  static void fill(DrawRandom random, double[] normals) {
    long seed = random.seed;
    long gamma = random.gamma;
    for (int j = 0; j < normals.length; j++) {
      seed += gamma;
      long bits = DrawRandom.mix64(seed);
      int layer = (int) bits & (LAYERS - 1);
      int at = 2 * layer;
      double z = (bits >> 8) * SCALED_WIDTH_AND_EDGE[at];
      if (!(Math.abs(z) < SCALED_WIDTH_AND_EDGE[at + 1])) {
        random.seed = seed;
        z = outsideRectangle(random, layer, z);
        seed = random.seed;
      }
      normals[j] = z;
    }
    random.seed = seed;
  }

  /** The rare path: the wedge of a layer, or the tail of the base layer; draws again when rejected. */
  private static double outsideRectangle(DrawRandom random, int firstLayer, double firstZ) {
    int layer = firstLayer;
    double z = firstZ;
    while (true) {
      if (layer == 0) {
        // The tail beyond r: x = −ln(U1)/r, y = −ln(U2), accepted when 2y ≥ x²; z carries the sign (it is not 0).
        double x;
        double y;
        do {
          x = -StrictMath.log(1 - random.nextDouble()) / TAIL_START;
          y = -StrictMath.log(1 - random.nextDouble());
        } while (y + y < x * x);
        return z < 0 ? -(TAIL_START + x) : TAIL_START + x;
      }
      // The wedge: a height uniform between the densities at the layer's two edges, below the density at z.
      if (F[layer + 1] + random.nextDouble() * (F[layer] - F[layer + 1]) < density(z)) {
        return z;
      }
      long bits = random.nextLong();
      layer = (int) bits & (LAYERS - 1);
      z = (bits >> 8) * SIGNED_UNIT * X[layer];
      if (Math.abs(z) < X[layer + 1]) {
        return z;
      }
    }
  }
}
