# Relocation operators against symbols in other sections and files.
	.text
	.globl _start
_start:
	lis 3, dlab@ha
	addi 3, 3, dlab@l
	lis 4, dlab@h
	ori 4, 4, dlab@l
	la 5, dlab@l(3)
	lwz 6, dlab@l(3)
	stw 6, dlab+4@l(3)
	lis 7, (dlab+0x8000)@ha
	addi 7, 7, (dlab+0x8000)@l
	lis 8, ext_data@ha
	lwz 8, ext_data@l(8)
	li 9, dlab@l
	li 10, 0x7fff
	cmplwi 9, dlab@l
	addis 11, 0, ext_data@ha
	bl ext_func
	b ext_func+8
	beq ext_near
	bne+ ext_near
	bne- ext_near
	bdnz ext_near
	beq- cr3, ext_near+8
	beq+ cr3, ext_near-8
	bla 0x100
	ba ext_abs
	bl local_func
	b 1f
	nop
1:	blr
local_func:
	blr
pc_rel:
	bcl 20, 31, 2f
2:	mflr 30
	addis 30, 30, (dlab - 2b)@ha
	addi 30, 30, (dlab - 2b)@l
	.data
dlab:	.long 0
	.long dlab, dlab + 8, _start, ext_func, ext_data + 4
	.long ext_func - .
	.short dlab@l, dlab@h, dlab@ha, ext_data@ha
	.long local_func
