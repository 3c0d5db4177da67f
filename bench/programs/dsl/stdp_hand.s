# The STDP kernel of bench/dsl.ts written by hand: the same rule as stdp.dsl,
#   w <- clamp(w + sat(frac(c) * 0.375 - frac(a) * 0.3125), 0, 63), then reset both sensors,
# for the 32 rows. One loop iteration per row; each row is two vectors (two halves).
	.text
	.globl stdp_hand
stdp_hand:
	# Splat the constants first (fxvsplatb reads r0 as the number 0, so use other registers).
	li r3, -128
	fxvsplatb v12, r3           # 0x80: fixes the arithmetic shift of bytes >= 128
	li r3, 48
	fxvsplatb v13, r3           # eta_plus = 0.375
	li r3, 40
	fxvsplatb v14, r3           # eta_minus = 0.3125
	li r3, 63
	fxvsplatb v15, r3
	li r3, 0                    # vector index 2r of the row's first half
	fxvsplatb v16, r3
	li r0, 32
	mtctr r0
	li r4, 1                    # weights, second half (the first is at base 0)
	lis r5, 0
	ori r5, r5, 0x8000          # causal correlation
	ori r6, r5, 1
	ori r7, r5, 0x4000          # anticausal correlation (0xc000)
	ori r8, r7, 1
	ori r9, r5, 0x1000          # causal reset (0x9000)
	ori r10, r9, 1
	ori r11, r7, 0x1000         # anticausal reset (0xd000)
	ori r12, r11, 1
1:
	# Loads first; the four sensor resets go out as soon as their readings are in.
	fxvinx v0, r5, r3           # causal
	fxvinx v1, r6, r3
	fxvinx v2, r7, r3           # anticausal
	fxvinx v3, r8, r3
	fxvinx v4, 0, r3            # weights
	fxvinx v5, r4, r3
	fxvoutx v16, r9, r3         # reset (the data is not used)
	fxvoutx v16, r10, r3
	fxvoutx v16, r11, r3
	fxvoutx v16, r12, r3
	# frac(x) = x >> 1, logically: arithmetic shift, then +0x80 where the byte was negative.
	# Independent operations are interleaved: a dependent pair costs 12 cycles, independent 5.
	fxvshb v6, v0, -1
	fxvshb v7, v1, -1
	fxvshb v8, v2, -1
	fxvshb v9, v3, -1
	fxvcmpb v0
	fxvaddbm v6, v6, v12, lt
	fxvcmpb v1
	fxvaddbm v7, v7, v12, lt
	fxvcmpb v2
	fxvaddbm v8, v8, v12, lt
	fxvcmpb v3
	fxvaddbm v9, v9, v12, lt
	fxvmulbfs v6, v6, v13
	fxvmulbfs v7, v7, v13
	fxvmulbfs v8, v8, v14
	fxvmulbfs v9, v9, v14
	fxvsubbfs v6, v6, v8        # dw
	fxvsubbfs v7, v7, v9
	fxvaddbfs v4, v4, v6        # w + dw, saturating
	fxvaddbfs v5, v5, v7
	fxvsubbfs v10, v4, v15      # for the upper bound: w - 63
	fxvsubbfs v11, v5, v15
	fxvcmpb v4                  # clamp to 0..63
	fxvsel v4, v4, v16, lt
	fxvcmpb v5
	fxvsel v5, v5, v16, lt
	fxvcmpb v10
	fxvsel v4, v4, v15, gt
	fxvcmpb v11
	fxvsel v5, v5, v15, gt
	fxvoutx v4, 0, r3
	fxvoutx v5, r4, r3
	addi r3, r3, 2
	bdnz 1b
	blr
