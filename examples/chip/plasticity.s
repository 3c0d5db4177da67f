# Plasticity loop for examples/chip/plasticity.json: at PPU cycles first, first + period, ...
# read the causal correlation of synapse row 0, add it to the row's weights and reset the row's
# causal sensors; log the PPU cycle of every update for the host.
#
# Mailbox (0x3000): word 0 first deadline, word 1 period, word 2 number of updates (host input);
# from offset 64: the PPU cycle of each update (output).
        .set MAILBOX, 0x3000
        .set WEIGHTS, 0x0000           # synapse I/O bases (docs/chip-model.md)
        .set CAUSAL, 0x8000
        .set CAUSAL_RESET, 0x9000

        .text
        .globl _start
_start: li      8, MAILBOX
        lwz     22, 0(8)               # first deadline
        lwz     23, 4(8)               # period
        lwz     21, 8(8)               # number of updates
        li      20, 0
        lis     4, CAUSAL@ha
        addi    4, 4, CAUSAL@l
        lis     7, CAUSAL_RESET@ha
        addi    7, 7, CAUSAL_RESET@l
        li      6, WEIGHTS
        addi    9, 8, 64               # update log
loop:   mfspr   3, 284                 # time base = PPU cycle
        cmpw    3, 22
        blt     loop
        .irp    half, 0, 1             # the two vectors of row 0
        li      5, \half
        fxvinx  1, 4, 5                # causal correlation
        fxvinx  2, 6, 5                # weights
        fxvaddbm 3, 2, 1
        fxvoutx 3, 6, 5                # new weights (the chip keeps 6 bits)
        fxvoutx 0, 7, 5                # reset the sensors (v0 is zero)
        .endr
        stw     3, 0(9)
        addi    9, 9, 4
        add     22, 22, 23
        addi    20, 20, 1
        cmpw    20, 21
        blt     loop
        wait
