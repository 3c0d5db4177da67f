#!/usr/bin/env python3
"""Independent reference for the PPU's task sampling, written from docs/tasks.md alone.

Reads a task's binary form ("Binary form"), runs one episode ("Episode semantics") with the
environment LCG and threshold sampler ("Sampling on the PPU"), and prints the trace as JSON.
The agent of the trace picks a_t = below(A) from its own LCG seeded with AGENT_SEED, so the
trace depends only on the task bytes.

usage: ppu-sampler-reference.py TASK.bin
"""

import json
import struct
import sys

AGENT_SEED = 0xA5A5A5A5
MASK32 = 0xFFFFFFFF


class Lcg:
    def __init__(self, seed):
        self.x = seed & MASK32

    def next16(self):
        self.x = (1664525 * self.x + 1013904223) & MASK32
        return self.x >> 16

    def below(self, n):
        return (self.next16() * n) >> 16


def sample(lcg, thresholds):
    u = lcg.next16()
    while u == 0xFFFF:
        u = lcg.next16()
    k = 0
    while u >= thresholds[k]:
        k += 1
    return k


def parse(data):
    if data[0:4] != b"DLST" or data[4] != 1:
        raise SystemExit("not a version 1 DLST task")
    flags, S, A = data[6], data[8], data[9]
    total, length, seed, off_t, off_r = struct.unpack(">HIIHH", data[10:24])
    if total != len(data):
        raise SystemExit("size field %d does not match file size %d" % (total, len(data)))
    start = list(struct.unpack(">%dH" % S, data[24:24 + 2 * S]))
    trans = list(struct.unpack(">%dH" % (S * A * S), data[off_t:off_t + 2 * S * A * S]))
    transition_rewards = (flags & 1) == 1
    n_r = S * A * S if transition_rewards else S * A
    rewards = list(struct.unpack(">%db" % n_r, data[off_r:off_r + n_r]))
    return S, A, length, seed, start, trans, rewards, transition_rewards


def main():
    with open(sys.argv[1], "rb") as f:
        S, A, length, seed, start, trans, rewards, transition_rewards = parse(f.read())
    env = Lcg(seed)
    agent = Lcg(AGENT_SEED)
    s = sample(env, start)
    states, actions, rewards_q = [s], [], []
    for _ in range(length):
        a = agent.below(A)
        row = s * A + a
        nxt = sample(env, trans[S * row:S * row + S])
        q = rewards[row * S + nxt] if transition_rewards else rewards[row]
        actions.append(a)
        rewards_q.append(q)
        states.append(nxt)
        s = nxt
    print(json.dumps({"states": states, "actions": actions, "rewardsQ": rewards_q,
                      "totalQ": sum(rewards_q), "finalLcgState": env.x}))


if __name__ == "__main__":
    main()
