package io.callglobe.sim;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A contact centre on Talkdesk: its numbers in a few countries and its agents.
 *
 * @param numbersByRegion the account's Talkdesk numbers in E.164, by region code; the home region's included
 */
record Account(String id, String homeRegion, Map<String, String> numbersByRegion, List<String> agentIds) {

    /** Customers call, and are called from, the account's number in their own country when it has one. */
    String talkdeskRegionFor(String customerRegion) {
        return numbersByRegion.containsKey(customerRegion) ? customerRegion : homeRegion;
    }

    String anyAgent(Random random) {
        return agentIds.get(random.nextInt(agentIds.size()));
    }
}
