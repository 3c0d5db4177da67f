# Operand syntax and kinds.
	.text
	add r3, cr2, r4        # error: expected a general purpose register (r0..r31), found register cr2
	cmpw r3, r4, r5        # error: expected a condition register field (cr0..cr7), found register r3
	add %q1, 3, 4          # error: unknown register '%q1'
	li 3                   # error: 'li' takes 2 operands, found 1
	add 3, 4, 5, 6         # error: 'add' takes 3 operands, found 4
	lwz 3, 8               # error: expected '(register)' after the displacement
	li 3, 0x               # error: hexadecimal constant without digits
	li 3, 08               # error: invalid octal constant '08'
	li 3, (1 + 2           # error: expected ')'
	li 3, 1 / 0            # error: division by zero
	li 3, 4 5              # error: unexpected '5' in operand SI
	li 3, foo@got          # error: relocation operator '@got' is not supported
	addi 3, 3, sym * 2     # error: operator '*' needs absolute values
	fxvaddbm r1, v2, v3    # error: expected a vector register (v0..v31), found register r1
	fxvsel.eq v1, v2, v3, gt  # error: the condition is given twice
	fxvaddbm v1, v2, v3, 4 # error: C out of range: 4 is not in 0..3
	li 3, 1
	.data
sym:	.long 0
