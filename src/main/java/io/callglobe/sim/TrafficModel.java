package io.callglobe.sim;

import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;

/**
 * Simulated contact-centre traffic: calls in order of their start, reproducible from a seed.
 *
 * <p>Arrivals are a Poisson process whose rate follows each customer's local time of day (drawn by thinning:
 * candidates at the peak rate, each kept with the daily-curve intensity at the customer's time zone), or steady at
 * the peak rate when the parameters turn the daily curve off. Each call rings 5 to 40 s; answered calls talk for a
 * log-normal time; the others end missed, abandoned or in voicemail.
 */
public final class TrafficModel implements Iterator<CallScript> {

    /** Each account's Talkdesk numbers as region:area-code, the first being its home. */
    private static final List<List<String>> ACCOUNT_NUMBERS = List.of(
            List.of("US:415", "GB:20", "PT:21", "DE:30"),
            List.of("GB:20", "US:212", "AU:2", "IE:1"),
            List.of("BR:11", "PT:21", "US:305", "MX:55"),
            List.of("PT:21", "ES:91", "FR:1", "DE:89", "BR:21"),
            List.of("US:512", "CA:416", "IN:80", "JP:3", "ZA:11"));
    private static final int AGENTS_PER_ACCOUNT = 25;
    private static final int MIN_RING_SECONDS = 5;
    private static final int MAX_RING_SECONDS = 40;
    private static final double TALK_TIME_SIGMA = 0.8;
    private static final long MIN_TALK_SECONDS = 5;
    private static final long MAX_TALK_SECONDS = 2 * 3_600;

    private final TrafficParameters parameters;
    private final Random random;
    private final PhoneNumberFactory numbers = new PhoneNumberFactory();
    private final List<Account> accounts;
    private final double meanGapNanos;
    private Instant clock;
    private CallScript next;

    public TrafficModel(TrafficParameters parameters, long seed) {
        this.parameters = parameters;
        this.random = new Random(seed);
        this.accounts = ACCOUNT_NUMBERS.stream().map(this::account).toList();
        this.meanGapNanos = 3_600e9 / parameters.peakCallsPerHour();
        this.clock = parameters.start();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = arrive();
        }
        return next != null;
    }

    @Override
    public CallScript next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CallScript call = next;
        next = null;
        return call;
    }

    private CallScript arrive() {
        while (true) {
            clock = clock.plusNanos((long) (-Math.log(1 - random.nextDouble()) * meanGapNanos));
            if (!clock.isBefore(parameters.end())) {
                return null;
            }
            Country country = CustomerCountries.pick(random);
            GeneratedNumber customer = random.nextDouble() < parameters.mobileShare()
                    ? numbers.mobile(country.regionCode(), random)
                    : numbers.fixedLine(country, random);
            if (!parameters.dailyCurve() || random.nextDouble() < DailyCurve.intensity(clock, customer.zone())) {
                return script(Instant.ofEpochSecond(clock.getEpochSecond()), customer);
            }
        }
    }

    private CallScript script(Instant initiatedAt, GeneratedNumber customer) {
        Account account = accounts.get(random.nextInt(accounts.size()));
        Direction direction = random.nextDouble() < parameters.outboundShare() ? Direction.OUT : Direction.IN;
        String talkdeskRegion = account.talkdeskRegionFor(customer.regionCode());
        String agent = account.anyAgent(random);
        boolean forwarded = random.nextDouble() < parameters.forwardedShare();
        String forwardedNumber = forwarded ? numbers.mobile(talkdeskRegion, random).e164() : null;
        String previousAgent = forwarded ? account.anyAgent(random) : null;
        Instant ringEnd = initiatedAt.plusSeconds(
                MIN_RING_SECONDS + random.nextInt(MAX_RING_SECONDS - MIN_RING_SECONDS + 1));
        boolean answered = random.nextDouble() < parameters.answerRate();
        Instant answeredAt = answered ? ringEnd : null;
        EventType ending = answered ? EventType.CALL_FINISHED : unansweredEnding(direction);
        Instant endedAt = switch (ending) {
            case CALL_FINISHED -> ringEnd.plusSeconds(talkSeconds());
            case CALL_VOICEMAIL -> ringEnd.plusSeconds(10 + random.nextInt(51));
            default -> ringEnd;
        };
        // Nobody picked up an unanswered inbound call, so no agent is on it.
        String agentId = direction == Direction.IN && !answered ? null : agent;
        return new CallScript(uuid(), account.id(), direction, account.numbersByRegion().get(talkdeskRegion),
                customer.e164(), forwardedNumber, hexId(), agentId, previousAgent, initiatedAt, answeredAt, ending,
                endedAt);
    }

    /** Customers abandon inbound calls by hanging up; an outbound call nobody answers rings out or hits voicemail. */
    private EventType unansweredEnding(Direction direction) {
        double draw = random.nextDouble();
        if (direction == Direction.OUT) {
            return draw < 0.6 ? EventType.CALL_MISSED : EventType.CALL_VOICEMAIL;
        }
        if (draw < 0.35) {
            return EventType.CALL_MISSED;
        }
        return draw < 0.80 ? EventType.CALL_ABANDONED : EventType.CALL_VOICEMAIL;
    }

    private long talkSeconds() {
        double median = parameters.medianTalkTime().toMillis() / 1_000.0;
        long seconds = Math.round(median * Math.exp(TALK_TIME_SIGMA * random.nextGaussian()));
        return Math.max(MIN_TALK_SECONDS, Math.min(MAX_TALK_SECONDS, seconds));
    }

    private Account account(List<String> regionAreaCodes) {
        Map<String, String> numbersByRegion = new LinkedHashMap<>();
        for (String regionAreaCode : regionAreaCodes) {
            String[] parts = regionAreaCode.split(":");
            numbersByRegion.put(parts[0], numbers.fixedLine(parts[0], parts[1], random).e164());
        }
        List<String> agents = new ArrayList<>(AGENTS_PER_ACCOUNT);
        for (int i = 0; i < AGENTS_PER_ACCOUNT; i++) {
            agents.add(hexId());
        }
        String homeRegion = regionAreaCodes.get(0).split(":")[0];
        return new Account(hexId(), homeRegion, Map.copyOf(numbersByRegion), List.copyOf(agents));
    }

    /** Ids shaped like the bus's: 24 hex digits, as MongoDB object ids. */
    private String hexId() {
        return String.format("%08x%016x", random.nextInt(), random.nextLong());
    }

    /** A version-4 UUID drawn from the seeded generator, unlike {@link UUID#randomUUID()}. */
    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
