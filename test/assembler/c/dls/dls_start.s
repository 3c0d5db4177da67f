# Start-up code for C programs on the dls profile: stack below the mailbox, call main, leave
# its result in the first mailbox word and wait.
	.text
	.globl _start
_start:
	li 1, 0x2ff0
	bl main
	li 9, 0x3000
	stw 3, 0(9)
	sync
	wait
