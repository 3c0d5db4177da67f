# Linking three files: padding between input sections, weak and common symbols.
	.text
	.globl _start
_start:
	bl helper
	bl weakfn
	lis 3, shared@ha
	lwz 3, shared@l(3)
	lis 4, common_buf@ha
	addi 4, 4, common_buf@l
	.byte 1, 2
	.section .rodata
	.byte 0xaa
	.data
	.byte 0xd1
	.comm common_buf, 12, 4
	.weak weakfn
	.text
	.p2align 2
weakfn:	li 3, 1
	blr
