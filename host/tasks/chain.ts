// The chain MDP of examples/td_chain.dsl (a classic small RL benchmark): states in a line, action
// 1 moves right and 0 left, each slipping the other way with a probability; from the last state
// any action returns to the first with a reward. Known values make it a check of a TD learner.

import type { Mdp } from './mdp.js';

export function chainMdp(states = 6, slip = 0.1, endReward = 0.5): Mdp {
  const last = states - 1;
  const transitions = Array.from({ length: states }, (_, s) =>
    [0, 1].map((a) => {
      const p = new Array<number>(states).fill(0);
      if (s === last) {
        p[0] = 1;
        return p;
      }
      p[a === 1 ? s + 1 : Math.max(s - 1, 0)]! += 1 - slip;
      p[a === 1 ? Math.max(s - 1, 0) : s + 1]! += slip;
      return p;
    }),
  );
  return {
    states, actions: 2, transitions,
    rewards: { shape: 'state-action', r: Array.from({ length: states }, (_, s) => [s === last ? endReward : 0, s === last ? endReward : 0]) },
    start: Array.from({ length: states }, (_, s) => (s === 0 ? 1 : 0)),
  };
}
