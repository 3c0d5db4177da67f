# Invalid instruction forms GNU as rejects too.
	.text
x:
	lwzu 3, 0(3)         # error: invalid register operand when updating
	lwzu 3, 0(0)         # error: invalid register operand when updating
	stwu 1, 0(0)         # error: invalid register operand when updating
	lmw 3, 0(4)          # error: among the registers lmw loads
	bc 6, 0, x           # error: invalid BO value 6
	bcctr 16, 0          # error: bcctr cannot decrement CTR
	bc- 12, 2, x         # error: 'bc-' is not accepted
	bc+ 13, 2, x         # error: leaves no room for a branch hint
	lwz 3, 0(1)
	.byte 1
	nop                  # error: instruction address is not a multiple of 4
	.bss
	.long 1              # error: cannot store non-zero data in .bss
	li 3, 1              # error: instructions cannot go in .bss
