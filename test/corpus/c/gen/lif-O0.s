	.file	"lif.c"
	.machine "440"
	.section	".text"
	.lcomm	v,128,4
	.type	v, @object
	.lcomm	refrac,32,4
	.type	refrac, @object
	.lcomm	w,1024,1
	.type	w, @object
	.lcomm	spikes,64,2
	.type	spikes, @object
	.section	".data"
	.align 2
	.type	lcg, @object
	.size	lcg, 4
lcg:
	.long	1
	.section	".text"
	.align 2
	.type	rnd, @function
rnd:
.LFB0:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,lcg@ha
	lwz 10,lcg@l(9)
	lis 9,0x19
	ori 9,9,0x660d
	mullw 9,10,9
	addis 9,9,0x3c6f
	addi 10,9,-3233
	lis 9,lcg@ha
	stw 10,lcg@l(9)
	lis 9,lcg@ha
	lwz 9,lcg@l(9)
	srwi 9,9,8
	mr 3,9
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	rnd,.-rnd
	.section	.rodata
	.align 2
.LC0:
	.string	"counts:"
	.align 2
.LC1:
	.string	"total"
	.align 2
.LC2:
	.string	"sum v"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 31,76(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,56(31)
	li 9,5120
	stw 9,60(31)
	li 9,-1280
	stw 9,64(31)
	li 9,0
	stw 9,8(31)
	b .L4
.L9:
	li 9,0
	stw 9,12(31)
	b .L5
.L8:
	bl rnd
	mr 10,3
	lis 9,0x2492
	ori 9,9,0x4925
	mulhwu 9,10,9
	subf 8,9,10
	srwi 8,8,1
	add 9,9,8
	srwi 9,9,2
	mulli 9,9,7
	subf 9,9,10
	cmpwi 0,9,0
	bne 0,.L6
	bl rnd
	mr 9,3
	rlwinm 9,9,0,26,31
	b .L7
.L6:
	li 9,0
.L7:
	lis 10,w@ha
	la 8,w@l(10)
	lwz 10,8(31)
	slwi 10,10,5
	add 8,8,10
	lwz 10,12(31)
	add 10,8,10
	stb 9,0(10)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L5:
	lwz 9,12(31)
	cmpwi 0,9,31
	ble 0,.L8
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L4:
	lwz 9,8(31)
	cmpwi 0,9,31
	ble 0,.L9
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	li 9,0
	stw 9,28(31)
	b .L10
.L23:
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,32(31)
	b .L11
.L17:
	lis 9,refrac@ha
	la 10,refrac@l(9)
	lwz 9,32(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L12
	lis 9,refrac@ha
	la 10,refrac@l(9)
	lwz 9,32(31)
	lbzx 9,10,9
	addi 9,9,-1
	mr 8,9
	lis 9,refrac@ha
	la 10,refrac@l(9)
	lwz 9,32(31)
	stbx 8,10,9
	b .L13
.L12:
	lis 9,v@ha
	la 10,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,v@ha
	la 8,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	lwz 8,56(31)
	subf 9,9,8
	srawi 9,9,4
	add 10,10,9
	lis 9,v@ha
	la 8,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	bl rnd
	mr 9,3
	rlwinm 10,9,0,24,31
	lwz 9,32(31)
	addi 9,9,4
	slwi 9,9,1
	cmpw 0,10,9
	bge 0,.L14
	lis 9,v@ha
	la 10,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,9,1536
	lis 9,v@ha
	la 8,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
.L14:
	lwz 9,20(31)
	stw 9,36(31)
	b .L15
.L16:
	lwz 9,36(31)
	neg 10,9
	lwz 9,36(31)
	and 9,10,9
	cntlzw 9,9
	subfic 9,9,31
	stw 9,68(31)
	lis 9,v@ha
	la 10,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,w@ha
	la 8,w@l(9)
	lwz 9,32(31)
	slwi 9,9,5
	add 8,8,9
	lwz 9,68(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	slwi 9,9,3
	add 10,10,9
	lis 9,v@ha
	la 8,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,36(31)
	addi 9,9,-1
	lwz 10,36(31)
	and 9,10,9
	stw 9,36(31)
.L15:
	lwz 9,36(31)
	cmpwi 0,9,0
	bne 0,.L16
	lis 9,v@ha
	la 10,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,60(31)
	cmpw 0,10,9
	bgt 0,.L13
	lis 9,v@ha
	la 10,v@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,64(31)
	stw 10,0(9)
	lis 9,refrac@ha
	la 10,refrac@l(9)
	lwz 9,32(31)
	li 8,3
	stbx 8,10,9
	lis 9,spikes@ha
	la 10,spikes@l(9)
	lwz 9,32(31)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	addi 9,9,1
	mr 8,9
	lis 9,spikes@ha
	la 10,spikes@l(9)
	lwz 9,32(31)
	slwi 9,9,1
	add 9,10,9
	sth 8,0(9)
	li 10,1
	lwz 9,32(31)
	slw 9,10,9
	lwz 10,16(31)
	or 9,10,9
	stw 9,16(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L13:
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L11:
	lwz 9,32(31)
	cmpwi 0,9,31
	ble 0,.L17
	lwz 9,28(31)
	cmpwi 0,9,99
	ble 0,.L18
	lwz 9,28(31)
	cmpwi 0,9,107
	bgt 0,.L18
	li 9,0
	stw 9,40(31)
	b .L19
.L22:
	lwz 10,16(31)
	lwz 9,40(31)
	srw 9,10,9
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L20
	li 9,124
	b .L21
.L20:
	li 9,46
.L21:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L19:
	lwz 9,40(31)
	cmpwi 0,9,31
	ble 0,.L22
	bl print_nl
.L18:
	lwz 9,16(31)
	stw 9,20(31)
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L10:
	lwz 9,28(31)
	cmpwi 0,9,199
	ble 0,.L23
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	li 9,0
	stw 9,44(31)
	b .L24
.L25:
	li 3,32
	bl print_char
	lis 9,spikes@ha
	la 10,spikes@l(9)
	lwz 9,44(31)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	rlwinm 9,9,0,0xffff
	mr 3,9
	bl print_int
	lwz 9,44(31)
	addi 9,9,1
	stw 9,44(31)
.L24:
	lwz 9,44(31)
	cmpwi 0,9,31
	ble 0,.L25
	bl print_nl
	lwz 4,24(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 9,0
	stw 9,48(31)
	li 9,0
	stw 9,52(31)
	b .L26
.L27:
	lis 9,v@ha
	la 10,v@l(9)
	lwz 9,52(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,48(31)
	add 9,10,9
	stw 9,48(31)
	lwz 9,52(31)
	addi 9,9,1
	stw 9,52(31)
.L26:
	lwz 9,52(31)
	cmpwi 0,9,31
	ble 0,.L27
	lwz 4,48(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	lwz 9,24(31)
	lis 10,0x5254
	ori 10,10,0xe78f
	mulhw 10,9,10
	srawi 8,10,6
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,199
	subf 10,10,9
	mr 9,10
	mr 3,9
	addi 11,31,80
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
