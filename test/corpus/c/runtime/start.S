/* Process entry for the C corpus. The kernel (or dls's linux-user profile) leaves r1 at the
   argument block; programs need an ABI-conformant frame: 16-byte aligned stack with a zero back
   chain. main's return value is passed to exit() unchanged. */
	.section .text._start,"ax",@progbits
	.globl	_start
	.type	_start, @function
_start:
	rlwinm	1, 1, 0, 0, 27		/* align the stack pointer down to 16 bytes */
	li	0, 0
	stwu	0, -16(1)		/* an empty frame whose back chain is 0 */
	bl	main
	bl	exit			/* r3 still holds main's return value */
	b	.			/* exit does not return */
	.size	_start, .-_start
	.section .note.GNU-stack,"",@progbits
