package io.github.ets4j.study;

import io.github.ets4j.core.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.annotation.Nullable;

/**
 * A started run of the fast engine's draws: fixed blocks of {@link FastEngine#BLOCK_DRAWS} draws, block {@code b}
 * drawn from the {@code b}-th {@code split()} of {@code new SplittableRandom(seed)} ({@link DrawRandom}), each draw
 * writing its results at its own index. Threads take the next block from a counter, each on its own workspace, so
 * which thread drew a block never shows in the results.
 *
 * <p>{@link #start} starts a thread for every workspace but the first and returns at once; {@link #finish} makes
 * the calling thread draw blocks on the first workspace too, reports the draws in order as their blocks complete,
 * and returns when all are done. A failure on any thread stops the others after their block and is thrown by
 * {@link #finish}. {@link #cancel()} stops a run that will not be finished. Once {@code finish} or {@code cancel}
 * returns, no thread of the run touches a workspace again. Used by one calling thread.
 */
final class DrawRun {
  private static final int SECTORS = Sector.values().length;

  private final int draws;
  private final int blocks;
  private final DrawRandom[] generators;
  private final List<List<YearArrays>> workspaces;
  private final Results results;
  /** The next block a thread takes; at or past {@link #blocks} nothing is left (or the run was stopped). */
  private final AtomicInteger nextBlock = new AtomicInteger();
  private final List<Thread> helpers = new ArrayList<>();
  // Guarded by itself: which blocks are done, and the first failure of a helper.
  private final boolean[] done;
  private @Nullable Throwable failure;

  private DrawRun(int draws, long seed, List<List<YearArrays>> workspaces) {
    this.draws = draws;
    this.blocks = (draws + FastEngine.BLOCK_DRAWS - 1) / FastEngine.BLOCK_DRAWS;
    this.workspaces = workspaces;
    this.results = new Results(workspaces.get(0).size(), draws, blocks);
    this.done = new boolean[blocks];
    generators = DrawRandom.blocks(seed, blocks);
  }

  /**
   * Starts a run: a daemon thread for each workspace after the first.
   *
   * @param draws the draws, at least 1
   * @param seed the seed
   * @param workspaces one per thread, the first the calling thread's; each a workspace per year, spreads set
   * @return the run, drawing
   */
  static DrawRun start(int draws, long seed, List<List<YearArrays>> workspaces) {
    DrawRun run = new DrawRun(draws, seed, workspaces);
    for (int w = 1; w < workspaces.size(); w++) {
      List<YearArrays> workspace = workspaces.get(w);
      Thread thread = new Thread(() -> run.help(workspace), "ets4j-draws-" + w);
      thread.setDaemon(true);
      run.helpers.add(thread);
      thread.start();
    }
    return run;
  }

  /** A helper thread's work: blocks until none is left, or the run stops. */
  private void help(List<YearArrays> workspace) {
    try {
      for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
        runBlock(workspace, b);
        synchronized (done) {
          done[b] = true;
          done.notifyAll();
        }
      }
    } catch (RuntimeException | Error e) {
      stop();
      synchronized (done) {
        if (failure == null) {
          failure = e;
        }
        done.notifyAll();
      }
    }
  }

  /** Lets no thread take another block. */
  private void stop() {
    nextBlock.set(blocks);
  }

  /**
   * Draws on the calling thread until no block is left, then waits for the others; tells {@code progress} each
   * draw done, in order.
   *
   * @param progress told the number of draws done after each draw, in order, on the calling thread
   * @return the per-draw results
   * @throws RuntimeException or {@link Error} as a thread's block threw it (or {@code progress})
   * @throws IllegalStateException if the calling thread is interrupted while waiting
   */
  Results finish(IntConsumer progress) {
    try {
      int reported = 0;
      for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
        runBlock(workspaces.get(0), b);
        synchronized (done) {
          done[b] = true;
        }
        reported = report(reported, progress, false);
      }
      while (reported < blocks) {
        reported = report(reported, progress, true);
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing", e);
    } finally {
      cancel();
    }
  }

  /**
   * Reports the blocks done from {@code from} on, in order; when {@code wait}, first waits until block {@code from}
   * is done (or a thread failed).
   *
   * @return the first block not reported
   */
  private int report(int from, IntConsumer progress, boolean wait) throws InterruptedException {
    int to = from;
    synchronized (done) {
      while (wait && failure == null && !done[from]) {
        done.wait();
      }
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure != null) {
        throw (Error) failure;
      }
      while (to < blocks && done[to]) {
        to++;
      }
    }
    int end = Math.min(draws, to * FastEngine.BLOCK_DRAWS);
    for (int d = from * FastEngine.BLOCK_DRAWS; d < end; d++) {
      progress.accept(d + 1);
    }
    return to;
  }

  /**
   * Stops the run and waits for its threads to finish their blocks; nothing of the run touches a workspace
   * afterwards. Safe to call more than once, and after {@link #finish}.
   */
  void cancel() {
    stop();
    boolean interrupted = false;
    for (Thread thread : helpers) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The draws of one block, on one workspace; touches only that block's slots of the results. */
  private void runBlock(List<YearArrays> workspace, int block) {
    DrawRandom random = generators[block];
    int end = Math.min(draws, (block + 1) * FastEngine.BLOCK_DRAWS);
    for (int d = block * FastEngine.BLOCK_DRAWS; d < end; d++) {
      for (int t = 0; t < workspace.size(); t++) {
        YearArrays y = workspace.get(t);
        y.allocate(random);
        for (int s = 0; s < SECTORS; s++) {
          FastSettlement settled = y.settlement[s];
          results.net[t][s][d] = settled.net;
          results.shortfall[t][s][d] = settled.shortfall;
          results.cost[t][s][d] = settled.cost;
          results.shortEntities[block][t][s] += settled.shortEntities;
        }
      }
    }
  }

  /** The per-draw results of a run: each draw writes only its own index, each block only its own counts. */
  static final class Results {
    final int draws;
    final double[][][] net;
    final double[][][] shortfall;
    final double[][][] cost;
    final long[][][] shortEntities;

    Results(int years, int draws, int blocks) {
      this.draws = draws;
      net = new double[years][SECTORS][draws];
      shortfall = new double[years][SECTORS][draws];
      cost = new double[years][SECTORS][draws];
      shortEntities = new long[blocks][years][SECTORS];
    }
  }
}
