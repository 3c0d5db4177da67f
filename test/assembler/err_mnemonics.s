# Unknown mnemonics and directives: every one is reported, with the nearest known name.
	.text
start:
	ad 3, 4, 5          # error: unknown instruction 'ad' (did you mean 'add'?)
	lwzz 3, 0(1)        # error: unknown instruction 'lwzz' (did you mean 'lwz'?)
	bnee start          # error: unknown instruction 'bnee' (did you mean 'bne'?)
	fxvaddb 1, 2, 3     # error: unknown instruction 'fxvaddb' (did you mean 'fxvaddbm'?)
	li 3, 1
	.lnog 5             # error: unknown directive '.lnog' (did you mean '.long'?)
	blr+                # error: 'blr' takes no branch hint
	addi+ 3, 3, 1       # error: 'addi' takes no branch hint
	li 4, 2
