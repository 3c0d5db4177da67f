# Causal plasticity on the emulated chip: every UPDATE cycles the PPU reads the digitised causal
# correlation of synapse row 0 and adds it to the row's weights, then resets the sensors.
# The host plays a presynaptic spike into row 0 and, a little later, a "teacher" spike that makes
# all neurons fire; neurons with lower thresholds fire sooner after the presynaptic spike, so their
# synapses see more causal correlation and grow faster.
        .set WEIGHTS, 0x0000          # synapse I/O bases (docs/chip-model.md)
        .set CAUSAL, 0x8000
        .set CAUSAL_RESET, 0x9000
        .set UPDATES, 8
        .set UPDATE, 11760            # cycles between updates (120 ms biological)
        .set FIRST, 12760

        .text
        .globl _start
_start: lis     22, FIRST@ha          # r22: next deadline (PPU time base)
        addi    22, 22, FIRST@l
        lis     23, UPDATE@ha
        addi    23, 23, UPDATE@l
        li      21, UPDATES           # updates left
        lis     4, CAUSAL@ha
        addi    4, 4, CAUSAL@l
        lis     7, CAUSAL_RESET@ha
        addi    7, 7, CAUSAL_RESET@l
        li      6, WEIGHTS
        li      8, 0x3000             # mailbox: time of every update, for the host
        fxvsplatb 0, 0                # v0 = 0 (writing it resets the sensors)
loop:   mfspr   3, 284                # wait for the deadline
        cmpw    3, 22
        blt     loop
        li      5, 0                  # row 0, first half
        fxvinx  1, 4, 5               # causal correlation
        fxvinx  2, 6, 5               # weights
        fxvaddbfs 3, 2, 1             # saturating add
        fxvoutx 3, 6, 5               # new weights
        fxvoutx 0, 7, 5               # reset the sensors
        li      5, 1                  # row 0, second half
        fxvinx  1, 4, 5
        fxvinx  2, 6, 5
        fxvaddbfs 3, 2, 1
        fxvoutx 3, 6, 5
        fxvoutx 0, 7, 5
        stw     3, 0(8)
        addi    8, 8, 4
        add     22, 22, 23
        addic.  21, 21, -1
        bne     loop
        sync
        wait
