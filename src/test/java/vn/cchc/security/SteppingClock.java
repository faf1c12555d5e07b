package vn.cchc.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, in whole seconds (which every database keeps exactly): the account
 * lock's expiry and the audit log's time filter are then checked at known times.
 */
final class SteppingClock extends Clock {

    private Instant now;

    SteppingClock(LocalDateTime start) {
        this.now = start.toInstant(ZoneOffset.UTC);
    }

    void advance(Duration step) {
        now = now.plus(step);
    }

    LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
