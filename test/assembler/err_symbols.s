# Duplicate and undefined symbols name both places.
	.text
	.globl main
main:                    # note: 'main' was defined here  # note: did you mean 'main', defined here?
	bl helper
	b mian               # error: undefined symbol 'mian'
main:                    # error: symbol 'main' is already defined
	blr
helper:
	li 3, value
	blr
value = 5                # note: 'value' was defined here
	.equiv value, 6      # error: symbol 'value' is already defined (.equiv does not allow redefinition)
	lwz 3, 0(healper)    # error: undefined symbol 'healper' (did you mean 'helper'?)
	beq 1b               # error: backward reference to local label 1
x = x + 1                # error: defined in terms of itself
	.long x
