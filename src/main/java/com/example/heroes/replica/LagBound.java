package com.example.heroes.replica;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether a replica is within the lag bound: it is, when it has replayed everything the
 * primary had written {@code maxLag} ago. The primary's position is sampled at every
 * check; until a sample is that old, the oldest one stands in (which asks more of the
 * replica, never less). An idle primary writes nothing, so a replica that has replayed
 * all of it is never behind, however old its last transaction.
 */
final class LagBound {

	private record Sample(long nanos, Lsn primary) {
	}

	private final long maxLagNanos;

	private final Deque<Sample> samples = new ArrayDeque<>();

	LagBound(Duration maxLag) {
		this.maxLagNanos = maxLag.toNanos();
	}

	/** Records the primary's position at {@code nanos} ({@link System#nanoTime()}). */
	synchronized void primaryAt(long nanos, Lsn primary) {
		this.samples.addLast(new Sample(nanos, primary));
		// Keep one sample at least maxLag old: the newest of those is the bound.
		while (this.samples.size() > 1) {
			Sample oldest = this.samples.pollFirst();
			if (nanos - this.samples.peekFirst().nanos() < this.maxLagNanos) {
				this.samples.addFirst(oldest);
				break;
			}
		}
	}

	/** Whether a replica that has replayed {@code replayed} is within the bound. */
	synchronized boolean within(long nanos, Lsn replayed) {
		Sample bound = null;
		for (Sample sample : this.samples) {
			if (bound == null || nanos - sample.nanos() >= this.maxLagNanos) {
				bound = sample;
			}
		}
		return bound != null && replayed.atLeast(bound.primary());
	}

}
